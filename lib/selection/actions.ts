"use server";

import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { decisionSchema, judgementSchema, settingsSchema } from "@/lib/selection/schema";
import { decideDesignation } from "@/lib/selection/decide-designation";
import { setJudgement } from "@/lib/selection/set-judgement";
import { updateSelectionSettings } from "@/lib/selection/update-selection-settings";

export async function updateSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "selection:weights",
    schema: settingsSchema,
    run: (actor, input) => updateSelectionSettings({ actor, input }),
    success: async () => (await getTranslations("selection"))("settingsSaved"),
    revalidate: ["/selection"],
  });
}

export async function setJudgementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "selection:judge",
    schema: judgementSchema,
    run: (actor, input) => setJudgement({ actor, input }),
    success: async (c) => (await getTranslations("selection"))("judgementSaved", { name: c.name }),
    revalidate: ["/selection", `/selection/${String(formData.get("clusterId") ?? "")}`],
  });
}

export async function decideDesignationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "selection:decide",
    schema: decisionSchema,
    run: (actor, input) => decideDesignation({ actor, input }),
    success: async (c) => (await getTranslations("selection"))("decisionSaved", { name: c.name }),
    revalidate: ["/selection", `/selection/${String(formData.get("clusterId") ?? "")}`],
  });
}
