"use server";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { switchInstrument, switchInstrumentSchema } from "@/lib/diagnosis/switch-instrument";

/** The form's "switch to the current instrument version" button. */
export async function switchInstrumentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "diagnosis:fill",
    schema: switchInstrumentSchema,
    run: (actor, input) => switchInstrument({ actor, input }),
    success: async (r) => (await getTranslations("method"))("versionSwitched", { version: r.instrumentVersion }),
    revalidate: [`/diagnoses/${String(formData.get("diagnosisId"))}/edit`],
  });
}
