"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { toEditResult, type EditResult } from "@/lib/diagnosis/action-results";
import { approveDiagnosis } from "@/lib/diagnosis/approve-diagnosis";
import { discardDiagnosis } from "@/lib/diagnosis/discard-diagnosis";
import { returnDiagnosis } from "@/lib/diagnosis/return-diagnosis";
import { saveDraft } from "@/lib/diagnosis/save-draft";
import {
  approveDiagnosisSchema,
  discardDiagnosisSchema,
  returnDiagnosisSchema,
  saveDraftSchema,
  startDiagnosisSchema,
  submitDiagnosisSchema,
} from "@/lib/diagnosis/schema";
import { startDiagnosis } from "@/lib/diagnosis/start-diagnosis";
import { submitDiagnosis } from "@/lib/diagnosis/submit-diagnosis";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";

// The diagnosis' own catalogue: zod keys under `diagnosis.validation`, workflow reasons under `diagnosis.errors`.
const messages = { fields: "diagnosis.validation", reasons: "diagnosis.errors" };

export async function startDiagnosisAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "diagnosis:fill",
    schema: startDiagnosisSchema,
    body: (fd) => ({ clusterId: fd.get("clusterId"), role: fd.get("role") ?? undefined }),
    run: (actor, input) => startDiagnosis({ actor, input }),
    redirect: ({ id }) => `/diagnoses/${id}/edit`,
    messages,
  });
}

/** Autosave: a typed result, so the form can show saving / saved / retrying / conflict. */
export async function saveDraftAction(input: { diagnosisId: string; version: number; answers: unknown }): Promise<EditResult> {
  return runFormAction(input, {
    permission: "diagnosis:fill",
    schema: saveDraftSchema,
    run: (actor, body) => saveDraft({ actor, input: body }),
    reply: { ok: (saved): EditResult => ({ ok: true, version: saved.version, savedAt: saved.savedAt }), fail: toEditResult },
  });
}

export async function submitDiagnosisAction(input: { diagnosisId: string; version: number; answers: unknown }): Promise<EditResult> {
  return runFormAction(input, {
    permission: "diagnosis:fill",
    schema: submitDiagnosisSchema,
    run: (actor, body) => submitDiagnosis({ actor, input: body }),
    revalidate: (done) => [{ path: `/diagnoses/${done.id}`, type: "layout" }],
    reply: { ok: (done): EditResult => ({ ok: true, version: done.version, status: done.status }), fail: toEditResult },
  });
}

/** Throws away a draft started by mistake; the user lands on the centre's page. */
export async function discardDiagnosisAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "diagnosis:fill",
    schema: discardDiagnosisSchema,
    run: (actor, input) => discardDiagnosis({ actor, input }),
    revalidate: ({ clusterId }) => [`/clusters/${clusterId}`, "/clusters"],
    redirect: ({ clusterId }) => `/clusters/${clusterId}?discarded=1`,
    messages,
  });
}

/** The review form's `indicatorComment.<CODE>` fields (blank ones left out), for a return and an approval alike. */
function indicatorCommentsOf(fd: FormData) {
  return [...fd.entries()]
    .filter(([k, v]) => k.startsWith("indicatorComment.") && typeof v === "string" && v.trim() !== "")
    .map(([k, v]) => ({ indicator: k.slice("indicatorComment.".length), body: String(v) }));
}

/** `comment`, and `indicatorComment.<CODE>` fields for per-indicator comments. */
export async function returnDiagnosisAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "diagnosis:review",
    schema: returnDiagnosisSchema,
    body: (fd) => ({
      diagnosisId: fd.get("diagnosisId"),
      version: fd.get("version"),
      comment: fd.get("comment") ?? "",
      indicatorComments: indicatorCommentsOf(fd),
    }),
    run: (actor, input) => returnDiagnosis({ actor, input }),
    revalidate: ["/reviews"],
    redirect: () => "/reviews?done=returned",
    messages,
  });
}

/** `settled.<CODE>` fields carry the final level where two assessors differ; `indicatorComment.<CODE>` are kept with the approval. */
export async function approveDiagnosisAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "diagnosis:review",
    schema: approveDiagnosisSchema,
    body: (fd) => {
      const comment = String(fd.get("comment") ?? "").trim();
      const settled = Object.fromEntries(
        [...fd.entries()]
          .filter(([k, v]) => k.startsWith("settled.") && typeof v === "string" && v !== "")
          .map(([k, v]) => [k.slice("settled.".length), Number(v)]),
      );
      return {
        diagnosisId: fd.get("diagnosisId"),
        version: fd.get("version"),
        settled,
        indicatorComments: indicatorCommentsOf(fd),
        confirmStageChange: fd.get("confirmStageChange"),
        ...(comment ? { comment } : {}),
      };
    },
    run: (actor, input) => approveDiagnosis({ actor, input }),
    revalidate: ["/reviews"],
    redirect: ({ id }) => `/diagnoses/${id}/report`,
    messages,
  });
}

/** A plain `<form action>` with no state to show: a signed-out caller goes to sign-in, never a 500. */
export async function markNotificationsReadAction(formData: FormData): Promise<void> {
  await runFormAction(formData, {
    permission: "signed-in",
    schema: z.object({}),
    run: async (user) => prisma.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } }),
    revalidate: [{ path: "/", type: "layout" }],
    unauthenticated: "redirect",
  });
}
