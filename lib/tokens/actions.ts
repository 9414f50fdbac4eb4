"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { errorToState, translateZodError, type ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { createTokenSchema, revokeTokenSchema } from "@/lib/tokens/schema";

/** The creation's answer: the secret, this once. */
export interface CreateTokenState extends ActionState {
  secret?: string;
}

export async function createTokenAction(_prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const values = { name: String(formData.get("name") ?? ""), expiresInDays: String(formData.get("expiresInDays") ?? "") };
  return runFormAction(formData, {
    permission: "signed-in",
    schema: createTokenSchema,
    arrays: ["scopes"],
    run: (actor, input) => createToken({ actor, input }),
    revalidate: ["/account/tokens", "/admin/tokens"],
    reply: {
      ok: async (token: Awaited<ReturnType<typeof createToken>>): Promise<CreateTokenState> => ({
        ok: true,
        message: (await getTranslations("api"))("tokens.created", { name: token.name }),
        secret: token.secret,
      }),
      fail: async (err: unknown): Promise<CreateTokenState> => ({
        ...(err instanceof z.ZodError ? await translateZodError(err) : await errorToState(err)),
        values,
      }),
    },
  });
}

export async function revokeTokenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "signed-in",
    schema: revokeTokenSchema,
    run: (actor, input) => revokeToken({ actor, input }),
    success: async (token) => (await getTranslations("api"))("tokens.revokedDone", { name: token.name }),
    revalidate: ["/account/tokens", "/admin/tokens"],
  });
}
