import { z } from "zod";
import { text } from "@/lib/forms/text";
import { fieldMessage, requiredText } from "@/lib/forms/messages";
import { intField } from "@/lib/forms/numbers";

export const settingsSchema = z
  .object({
    weightMarket: intField({ min: 0, max: 100 }),
    weightEmployment: intField({ min: 0, max: 100 }),
    weightLocal: intField({ min: 0, max: 100 }),
    judgementShare: intField({ min: 0, max: 100 }),
    version: z.coerce.number().int().positive(),
  })
  .refine((v) => v.weightMarket + v.weightEmployment + v.weightLocal === 100, {
    path: ["weightMarket"],
    message: fieldMessage("weightsSum"),
  });

const judgement = intField({ min: 1, max: 5, optional: true });

export const judgementSchema = z.object({
  clusterId: text().min(1).max(40),
  version: z.coerce.number().int().positive(),
  judgementMarket: judgement,
  judgementEmployment: judgement,
  judgementLocal: judgement,
  judgementNote: text()
    .trim()
    .max(2000, fieldMessage("tooLong", { max: 2000 }))
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
});

export const decisionSchema = z.object({
  clusterId: text().min(1).max(40),
  version: z.coerce.number().int().positive(),
  isDesignated: z.enum(["true", "false"], { error: fieldMessage("invalidChoice") }).transform((v) => v === "true"),
  reason: requiredText(1000).pipe(text().min(10, fieldMessage("tooShort", { min: 10 }))),
});
