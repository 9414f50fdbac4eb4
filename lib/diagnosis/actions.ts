"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePageUser, requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { toEditResult, type EditResult } from "@/lib/diagnosis/action-results";
import { approveDiagnosis } from "@/lib/diagnosis/approve-diagnosis";
import { returnDiagnosis } from "@/lib/diagnosis/return-diagnosis";
import { saveDraft } from "@/lib/diagnosis/save-draft";
import { startDiagnosis } from "@/lib/diagnosis/start-diagnosis";
import { submitDiagnosis } from "@/lib/diagnosis/submit-diagnosis";
import { errorToState, formValues, type ActionState } from "@/lib/forms/action-state";
import { isAppError } from "@/lib/errors";
import { parseFieldMessage } from "@/lib/forms/messages";

// Thin adapters: authorise, hand the input to the verb (which authorises and
// validates again), map failures to values in the user's language.

export async function startDiagnosisAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    const actor = await requireUser("diagnosis:fill");
    ({ id } = await startDiagnosis({ actor, input: { clusterId: formData.get("clusterId"), role: formData.get("role") ?? undefined } }));
  } catch (err) {
    return diagnosisErrorState(err);
  }
  redirect(`/diagnoses/${id}/edit`);
}

/** Autosave: a typed result, so the form can show saving / saved / retrying / conflict. */
export async function saveDraftAction(input: { diagnosisId: string; version: number; answers: unknown }): Promise<EditResult> {
  try {
    const actor = await requireUser("diagnosis:fill");
    const saved = await saveDraft({ actor, input });
    return { ok: true, version: saved.version, savedAt: saved.savedAt };
  } catch (err) {
    return toEditResult(err);
  }
}

export async function submitDiagnosisAction(input: { diagnosisId: string; version: number; answers: unknown }): Promise<EditResult> {
  try {
    const actor = await requireUser("diagnosis:fill");
    const done = await submitDiagnosis({ actor, input });
    revalidatePath(`/diagnoses/${done.id}`, "layout");
    return { ok: true, version: done.version, status: done.status };
  } catch (err) {
    return toEditResult(err);
  }
}

/** `comment`, and `indicatorComment.<CODE>` fields for per-indicator comments. */
export async function returnDiagnosisAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireUser("diagnosis:review");
    const indicatorComments = [...formData.entries()]
      .filter(([k, v]) => k.startsWith("indicatorComment.") && typeof v === "string" && v.trim() !== "")
      .map(([k, v]) => ({ indicator: k.slice("indicatorComment.".length), body: String(v) }));
    await returnDiagnosis({
      actor,
      input: {
        diagnosisId: formData.get("diagnosisId"),
        version: formData.get("version"),
        comment: formData.get("comment") ?? "",
        indicatorComments,
      },
    });
  } catch (err) {
    return { ...(await diagnosisErrorState(err)), values: formValues(formData) };
  }
  revalidatePath("/reviews");
  redirect("/reviews?done=returned");
}

/** `settled.<CODE>` fields carry the final level where two assessors differ. */
export async function approveDiagnosisAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    const actor = await requireUser("diagnosis:review");
    const settled = Object.fromEntries(
      [...formData.entries()]
        .filter(([k, v]) => k.startsWith("settled.") && typeof v === "string" && v !== "")
        .map(([k, v]) => [k.slice("settled.".length), Number(v)]),
    );
    const comment = String(formData.get("comment") ?? "").trim();
    ({ id } = await approveDiagnosis({
      actor,
      input: { diagnosisId: formData.get("diagnosisId"), version: formData.get("version"), settled, ...(comment ? { comment } : {}) },
    }));
  } catch (err) {
    return { ...(await diagnosisErrorState(err)), values: formValues(formData) };
  }
  revalidatePath("/reviews");
  redirect(`/diagnoses/${id}/report`);
}

export async function markNotificationsReadAction(): Promise<void> {
  // A session ended or revoked since the page loaded goes to the sign-in page, not an error.
  const user = await requirePageUser();
  await prisma.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  revalidatePath("/", "layout");
}

async function diagnosisErrorState(err: unknown): Promise<ActionState> {
  const t = await getTranslations("diagnosis");
  if (err instanceof z.ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of err.issues) {
      const { key, params } = parseFieldMessage(issue.message);
      const field = String(issue.path[0] ?? "_form");
      (fieldErrors[field] ??= []).push(t.has(`validation.${key}`) ? t(`validation.${key}`, params) : t("validation.invalidChoice"));
    }
    return { formError: t("errors.INVALID_INPUT"), fieldErrors };
  }
  if (isAppError(err)) {
    const reason = err.details?.reason;
    if (typeof reason === "string" && t.has(`errors.${reason}`)) return { formError: t(`errors.${reason}`) };
  }
  return errorToState(err);
}
