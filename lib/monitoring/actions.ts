"use server";

import { getTranslations } from "next-intl/server";
import type { ActionState, MessageScopes } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { saveBdsStrengthening } from "@/lib/monitoring/save-bds-strengthening";
import { saveOutcome } from "@/lib/monitoring/save-outcome";
import { saveSavingsService } from "@/lib/monitoring/save-savings-service";
import { saveSmeOrganisation } from "@/lib/monitoring/save-sme-organisation";
import {
  saveBdsStrengtheningSchema,
  saveOutcomeSchema,
  saveSavingsServiceSchema,
  saveSmeOrganisationSchema,
} from "@/lib/monitoring/schema";

const messages: MessageScopes = { fields: "monitoring.fieldErrors", reasons: "monitoring.reasons" };

/** Records (or corrects, with its version) a sentra's figures for one year. */
export async function saveOutcomeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages,
    permission: "monitoring:write",
    schema: saveOutcomeSchema,
    run: (actor, input) => saveOutcome({ actor, input }),
    success: async (o) => (await getTranslations("monitoring.outcomes"))("saved", { year: o.year }),
    revalidate: (o) => [`/clusters/${o.clusterId}`, "/agenda"],
  });
}

export async function saveSavingsServiceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages,
    permission: "monitoring:write",
    schema: saveSavingsServiceSchema,
    run: (actor, input) => saveSavingsService({ actor, input }),
    success: async () => (await getTranslations("monitoring.agenda"))("saved"),
    revalidate: (s) => [`/clusters/${s.clusterId}`, "/agenda"],
  });
}

export async function saveSmeOrganisationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages,
    permission: "monitoring:write",
    schema: saveSmeOrganisationSchema,
    arrays: ["memberIds"],
    run: (actor, input) => saveSmeOrganisation({ actor, input }),
    success: async () => (await getTranslations("monitoring.agenda"))("saved"),
    revalidate: (s) => [`/clusters/${s.clusterId}`, "/agenda"],
  });
}

/** The provider's "strengthening BDS" line, from its page (staff and admins, as for the provider's profile). */
export async function saveBdsStrengtheningAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages,
    permission: "providers:manage",
    schema: saveBdsStrengtheningSchema,
    run: (actor, input) => saveBdsStrengthening({ actor, input }),
    success: async () => (await getTranslations("monitoring.agenda"))("saved"),
    revalidate: (s) => [`/providers/${s.providerId}`, "/agenda"],
  });
}
