"use server";

import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { supportMessages } from "@/lib/support/messages";
import { cancelPlannedAction } from "@/lib/support/cancel-planned-action";
import { createPlannedAction } from "@/lib/support/create-planned-action";
import { cancelPlanSchema, planActionSchema } from "@/lib/support/schema";

/** Plans recommended assistance (hidden fields clusterId, diagnosisId, kind, service|channel; a providerId select). */
export async function planSupportFormAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "support:plan",
    schema: planActionSchema,
    run: (actor, input) => createPlannedAction({ actor, input }),
    success: async () => (await getTranslations("support.cluster"))("planned"),
    revalidate: (a) => [`/clusters/${a.clusterId}`],
  });
}

export async function cancelPlanFormAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "support:plan",
    schema: cancelPlanSchema,
    run: (actor, input) => cancelPlannedAction({ actor, input }),
    success: async () => (await getTranslations("support.cluster"))("cancelled"),
    revalidate: (a) => [`/clusters/${a.clusterId}`],
  });
}
