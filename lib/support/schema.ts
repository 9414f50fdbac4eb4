import { z } from "zod";
import { fieldMessage, optionalText } from "@/lib/forms/messages";
import { bdsService, financingChannel, optionalId, recordId, version } from "@/lib/support/fields";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * A planned action: a service (optionally by a named provider) or financing
 * through a channel, for a cluster, optionally from an approved diagnosis.
 */
export const planActionSchema = z
  .object({
    clusterId: recordId,
    diagnosisId: optionalId.optional(),
    kind: z.enum(["SERVICE", "FINANCING"], { error: fieldMessage("invalidChoice") }),
    service: z.preprocess(emptyToUndefined, bdsService.optional()),
    channel: z.preprocess(emptyToUndefined, financingChannel.optional()),
    providerId: optionalId.optional(),
    note: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "SERVICE" && !v.service) ctx.addIssue({ code: "custom", path: ["service"], message: fieldMessage("required") });
    if (v.kind === "FINANCING" && !v.channel) ctx.addIssue({ code: "custom", path: ["channel"], message: fieldMessage("required") });
  })
  .transform((v) =>
    v.kind === "SERVICE"
      ? { ...v, channel: null, service: v.service!, providerId: v.providerId ?? null, diagnosisId: v.diagnosisId ?? null }
      : { ...v, service: null, channel: v.channel!, providerId: null, diagnosisId: v.diagnosisId ?? null },
  );

export type PlanActionInput = z.input<typeof planActionSchema>;

export const cancelPlanSchema = z.object({ id: recordId, version });
