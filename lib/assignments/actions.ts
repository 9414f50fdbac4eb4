"use server";

import { getTranslations } from "next-intl/server";
import { assignConsultant } from "@/lib/assignments/assign-consultant";
import { unassignConsultant } from "@/lib/assignments/unassign-consultant";
import { assignmentSchema } from "@/lib/assignments/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";

export async function assignConsultantAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "assignments:manage",
    schema: assignmentSchema,
    run: (actor, input) => assignConsultant({ actor, input }),
    success: async () => (await getTranslations("admin"))("assigned"),
    revalidate: ["/admin/assignments"],
  });
}

export async function unassignConsultantAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "assignments:manage",
    schema: assignmentSchema,
    run: (actor, input) => unassignConsultant({ actor, input }),
    success: async () => (await getTranslations("admin"))("unassigned"),
    revalidate: ["/admin/assignments"],
  });
}
