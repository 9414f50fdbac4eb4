"use server";

import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { resetSecondFactor } from "@/lib/users/reset-second-factor";
import { createUserSchema, resetPasswordSchema, resetSecondFactorSchema, updateUserSchema } from "@/lib/users/schema";
import { updateUser } from "@/lib/users/update-user";

export async function createUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "users:manage",
    schema: createUserSchema,
    run: (actor, input) => createUser({ actor, input }),
    success: async (user) => (await getTranslations("admin"))("userCreated", { email: user.email }),
    revalidate: ["/admin/users"],
  });
}

export async function updateUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "users:manage",
    schema: updateUserSchema,
    run: (actor, input) => updateUser({ actor, input }),
    success: async (user) => (await getTranslations("admin"))("userUpdated", { email: user.email }),
    revalidate: ["/admin/users"],
  });
}

export async function resetPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "users:manage",
    schema: resetPasswordSchema,
    run: (actor, input) => resetPassword({ actor, input }),
    success: async (user) => (await getTranslations("admin"))("passwordReset", { email: user.email }),
    revalidate: ["/admin/users"],
  });
}

export async function resetSecondFactorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "users:manage",
    schema: resetSecondFactorSchema,
    run: (actor, input) => resetSecondFactor({ actor, input }),
    success: async (user) => (await getTranslations("mfa"))("resetDone", { email: user.email }),
    revalidate: ["/admin/users"],
  });
}
