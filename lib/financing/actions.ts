"use server";

import { getTranslations } from "next-intl/server";
import { createAllocation } from "@/lib/financing/create-allocation";
import { createDisbursement } from "@/lib/financing/create-disbursement";
import { createRepayment } from "@/lib/financing/create-repayment";
import { createInstitution } from "@/lib/financing/create-institution";
import { updateInstitution } from "@/lib/financing/update-institution";
import { createProgramme } from "@/lib/financing/create-programme";
import { saveChannel } from "@/lib/financing/save-channel";
import { reverseEntry } from "@/lib/financing/reverse-entry";
import {
  createAllocationSchema,
  createDisbursementSchema,
  createInstitutionSchema,
  createProgrammeSchema,
  createRepaymentSchema,
  reverseEntrySchema,
  saveChannelSchema,
  updateInstitutionSchema,
} from "@/lib/financing/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { supportMessages } from "@/lib/support/messages";

const t = () => getTranslations("support.financing.flash");

export async function createProgrammeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "financing:manage",
    schema: createProgrammeSchema,
    run: (actor, input) => createProgramme({ actor, input }),
    success: async (p) => (await t())("programmeCreated", { name: p.name }),
    revalidate: ["/financing"],
  });
}

export async function saveChannelAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "financing:manage",
    schema: saveChannelSchema,
    run: (actor, input) => saveChannel({ actor, input }),
    success: async () => (await t())("channelSaved"),
    revalidate: (c) => ["/financing", `/financing/programmes/${c.programmeId}`],
  });
}

export async function createInstitutionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "financing:manage",
    schema: createInstitutionSchema,
    run: (actor, input) => createInstitution({ actor, input }),
    success: async (i) => (await t())("institutionCreated", { name: i.name }),
    revalidate: ["/financing/institutions"],
  });
}

export async function updateInstitutionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "financing:manage",
    schema: updateInstitutionSchema,
    run: (actor, input) => updateInstitution({ actor, input }),
    success: async (i) => (await t())("institutionSaved", { name: i.name }),
    revalidate: (i) => ["/financing/institutions", `/financing/institutions/${i.id}`],
  });
}

export async function createAllocationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "financing:manage",
    schema: createAllocationSchema,
    run: (actor, input) => createAllocation({ actor, input }),
    success: async (a) => (await t())("allocated", { name: a.institutionName }),
    revalidate: (a) => [`/financing/programmes/${a.programmeId}`, `/financing/institutions/${a.institutionId}`, "/financing"],
  });
}

export async function createDisbursementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "financing:manage",
    schema: createDisbursementSchema,
    run: (actor, input) => createDisbursement({ actor, input }),
    success: async (d) => (await t())("disbursed", { name: d.smeName }),
    revalidate: (d) => [`/financing/institutions/${d.institutionId}`, `/clusters/${d.clusterId}`, "/financing"],
  });
}

export async function createRepaymentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "financing:manage",
    schema: createRepaymentSchema,
    run: (actor, input) => createRepayment({ actor, input }),
    success: async () => (await t())("repaid"),
    revalidate: (r) => [`/financing/institutions/${r.institutionId}`],
  });
}

/** A correction of an allocation, disbursement or repayment: its reversal, and optionally the corrected entry. */
export async function reverseEntryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    messages: supportMessages,
    permission: "financing:manage",
    schema: reverseEntrySchema,
    run: (actor, input) => reverseEntry({ actor, input }),
    success: async (r) => (await getTranslations("ledger"))(r.correctedId ? "flashCorrected" : "flash"),
    revalidate: (r) => [
      `/financing/institutions/${r.institutionId}`,
      "/financing",
      ...("programmeId" in r ? [`/financing/programmes/${r.programmeId}`] : []),
      ...("clusterId" in r ? [`/clusters/${r.clusterId}`] : []),
    ],
  });
}
