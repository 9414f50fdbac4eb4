"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { errorToState, type ActionState } from "@/lib/forms/action-state";
import { runSupportAction, translateRule } from "@/lib/support/run-action";
import { cancelPlannedAction, createPlannedAction } from "@/lib/support/plan-action";
import { isSupportRuleError } from "@/lib/support/rule-error";
import { cancelPlanSchema, planActionSchema, type PlanActionInput } from "@/lib/support/schema";

/**
 * Turns a recommendation into a planned action, for callers outside a form (e.g.
 * the diagnosis report page): `await planSupport({ clusterId, diagnosisId,
 * kind: "SERVICE", service: "TRAINING", providerId })` or `{ kind: "FINANCING",
 * channel: "KSP_USP" }`. Needs "support:plan"; the cluster must be visible to the
 * user. Idempotent. Returns `{ ok: true, id, status }` or `{ ok: false, formError }`
 * with a message in the user's language. docs/bds-and-financing.md describes it.
 */
export async function planSupport(
  input: PlanActionInput,
): Promise<{ ok: true; id: string; status: string } | { ok: false; formError: string }> {
  try {
    const actor = await requireUser("support:plan");
    const action = await createPlannedAction({ actor, input });
    revalidatePath(`/clusters/${action.clusterId}`);
    return { ok: true, id: action.id, status: action.status };
  } catch (err) {
    const state = isSupportRuleError(err) ? await translateRule(err) : await errorToState(err);
    return { ok: false, formError: state.formError ?? "" };
  }
}

/** The same as a form action (hidden fields clusterId, diagnosisId, kind, service|channel; a providerId select). */
export async function planSupportFormAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runSupportAction(formData, {
    permission: "support:plan",
    schema: planActionSchema,
    run: (actor, input) => createPlannedAction({ actor, input }),
    success: async () => (await getTranslations("support.cluster"))("planned"),
    revalidate: (a) => [`/clusters/${a.clusterId}`],
  });
}

export async function cancelPlanFormAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runSupportAction(formData, {
    permission: "support:plan",
    schema: cancelPlanSchema,
    run: (actor, input) => cancelPlannedAction({ actor, input }),
    success: async () => (await getTranslations("support.cluster"))("cancelled"),
    revalidate: (a) => [`/clusters/${a.clusterId}`],
  });
}
