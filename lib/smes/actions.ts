"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { createSme } from "@/lib/smes/create-sme";
import { archiveSmeSchema, createSmeSchema, moveSmeSchema, updateSmeSchema } from "@/lib/smes/schema";
import { archiveSme, moveSme, updateSme } from "@/lib/smes/update-sme";

export async function createSmeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let id: string | undefined;
  const state = await runFormAction(formData, {
    permission: "smes:write",
    schema: createSmeSchema,
    run: async (actor, input) => {
      const sme = await createSme({ actor, input });
      id = sme.id;
      return sme;
    },
    success: async (s) => (await getTranslations("smes"))("created", { name: s.businessName }),
    revalidate: ["/smes", `/clusters/${String(formData.get("clusterId") ?? "")}`],
  });
  if (state.ok && id) redirect(`/smes/${id}?created=1`);
  return state;
}

export async function updateSmeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = String(formData.get("id") ?? "");
  const state = await runFormAction(formData, {
    permission: "smes:write",
    schema: updateSmeSchema,
    run: (actor, input) => updateSme({ actor, input }),
    success: async (s) => (await getTranslations("smes"))("saved", { name: s.businessName }),
    revalidate: ["/smes", `/smes/${id}`],
  });
  if (state.ok) redirect(`/smes/${id}?saved=1`);
  return state;
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
