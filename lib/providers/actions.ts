"use server";

import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { recordDelivery } from "@/lib/providers/record-delivery";
import { reverseDelivery } from "@/lib/providers/reverse-delivery";
import { createAgreement } from "@/lib/providers/create-agreement";
import { updateAgreement } from "@/lib/providers/update-agreement";
import { createProvider } from "@/lib/providers/create-provider";
import { updateProvider } from "@/lib/providers/update-provider";
import { saveJointProgramme } from "@/lib/providers/save-joint-programme";
import {
  createAgreementSchema,
  createProviderSchema,
  recordDeliverySchema,
  reverseDeliverySchema,
  saveJointProgrammeSchema,
  updateAgreementSchema,
  updateProviderSchema,
} from "@/lib/providers/schema";
import { runFormAction } from "@/lib/forms/run-action";
import { supportMessages } from "@/lib/support/messages";

const t = () => getTranslations("support.providers.flash");

export async function createProviderAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "providers:manage",
    schema: createProviderSchema,
    arrays: ["services"],
    run: (actor, input) => createProvider({ actor, input }),
    success: async (p) => (await t())("providerCreated", { name: p.name }),
    revalidate: ["/providers"],
  });
}

export async function updateProviderAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "providers:manage",
    schema: updateProviderSchema,
    arrays: ["services"],
    run: (actor, input) => updateProvider({ actor, input }),
    success: async (p) => (await t())("providerSaved", { name: p.name }),
    revalidate: (p) => ["/providers", `/providers/${p.id}`],
  });
}

export async function createAgreementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "providers:manage",
    schema: createAgreementSchema,
    arrays: ["clusterIds"],
    run: (actor, input) => createAgreement({ actor, input }),
    success: async (a) => (await t())("agreementSaved", { year: a.year }),
    revalidate: (a) => [`/providers/${a.providerId}`],
  });
}

export async function updateAgreementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "providers:manage",
    schema: updateAgreementSchema,
    arrays: ["clusterIds"],
    run: (actor, input) => updateAgreement({ actor, input }),
    success: async (a) => (await t())("agreementSaved", { year: a.year }),
    revalidate: (a) => [`/providers/${a.providerId}`],
  });
}

export async function recordDeliveryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "services:record",
    schema: recordDeliverySchema,
    arrays: ["smeIds"],
    run: (actor, input) => recordDelivery({ actor, input }),
    success: async (d) => (await t())("deliveryRecorded", { cluster: d.clusterName }),
    revalidate: (d) => [`/providers/${d.providerId}`, `/clusters/${d.clusterId}`],
  });
}

/** A correction of a delivery: its reversal, and optionally the corrected delivery. */
export async function reverseDeliveryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "services:record",
    schema: reverseDeliverySchema,
    run: (actor, input) => reverseDelivery({ actor, input }),
    success: async (r) => (await getTranslations("ledger"))(r.correctedId ? "flashCorrected" : "flash"),
    revalidate: (r) => [`/providers/${r.providerId}`, `/clusters/${r.clusterId}`],
  });
}

/** A joint programme with another provider (both providers' pages show it). */
export async function saveJointProgrammeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "providers:manage",
    schema: saveJointProgrammeSchema,
    run: (actor, input) => saveJointProgramme({ actor, input }),
    success: async (p) => (await t())("jointProgrammeSaved", { name: p.name }),
    revalidate: (p) => [`/providers/${p.providerId}`, `/providers/${p.partnerId}`],
  });
}
