"use server";

import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { createSme } from "@/lib/smes/create-sme";
import { archiveSmeSchema, createSmeSchema, moveSmeSchema, updateSmeSchema } from "@/lib/smes/schema";
import { archiveSme } from "@/lib/smes/archive-sme";
import { moveSme } from "@/lib/smes/move-sme";
import { updateSme } from "@/lib/smes/update-sme";

export async function createSmeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "smes:write",
    schema: createSmeSchema,
    run: (actor, input) => createSme({ actor, input }),
    revalidate: (s) => ["/smes", `/clusters/${s.clusterId}`],
    redirect: (s) => `/smes/${s.id}?created=1`,
  });
}

export async function updateSmeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "smes:write",
    schema: updateSmeSchema,
    run: (actor, input) => updateSme({ actor, input }),
    revalidate: (s) => ["/smes", `/smes/${s.id}`],
    redirect: (s) => `/smes/${s.id}?saved=1`,
  });
}

export async function archiveSmeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "smes:write",
    schema: archiveSmeSchema,
    run: (actor, input) => archiveSme({ actor, input }),
    success: async (s) => (await getTranslations("smes"))("archived", { name: s.businessName }),
    revalidate: ["/smes", `/smes/${String(formData.get("id") ?? "")}`],
  });
}

export async function moveSmeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "smes:write",
    schema: moveSmeSchema,
    run: (actor, input) => moveSme({ actor, input }),
    success: async (s) => (await getTranslations("smes"))("moved", { name: s.businessName }),
    revalidate: ["/smes", `/smes/${String(formData.get("id") ?? "")}`],
  });
}
