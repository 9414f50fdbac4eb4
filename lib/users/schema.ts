import { z } from "zod";
import { text } from "@/lib/forms/text";
import { ROLES } from "@/lib/auth/roles";
import { fieldMessage, requiredText } from "@/lib/forms/messages";

const MIN_PASSWORD_LENGTH = 12;

const email = text({ error: fieldMessage("required") })
  .trim()
  .toLowerCase()
  .max(254, fieldMessage("tooLong", { max: 254 }))
  .pipe(z.email(fieldMessage("email")));

const password = text({ error: fieldMessage("required") })
  .min(MIN_PASSWORD_LENGTH, fieldMessage("passwordTooShort", { min: MIN_PASSWORD_LENGTH }))
  .max(200, fieldMessage("tooLong", { max: 200 }));

const role = z.enum(ROLES, { error: fieldMessage("invalidChoice") });
const providerId = text()
  .trim()
  .max(40)
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional();

function consultantHasProvider<T extends { role?: string; bdsProviderId?: string | null }>(v: T, ctx: z.RefinementCtx) {
  if (v.role === "CONSULTANT" && !v.bdsProviderId) {
    ctx.addIssue({ code: "custom", path: ["bdsProviderId"], message: fieldMessage("consultantNeedsProvider") });
  }
}

export const createUserSchema = z
  .object({ name: requiredText(120), email, role, bdsProviderId: providerId, password })
  .superRefine(consultantHasProvider);

export const updateUserSchema = z
  .object({
    id: text().min(1).max(40),
    version: z.coerce.number().int().positive(),
    role,
    isActive: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    bdsProviderId: providerId,
  })
  .superRefine(consultantHasProvider);

export const resetPasswordSchema = z.object({
  id: text().min(1).max(40),
  newPassword: password,
});

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const resetSecondFactorSchema = z.object({ id: text().min(1).max(40) });
