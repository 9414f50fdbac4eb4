import { z } from "zod";
import { text } from "@/lib/forms/text";
import { fieldMessage, requiredText } from "@/lib/forms/messages";
import { intField } from "@/lib/forms/numbers";

/** What a token may do on top of its owner's role: the API's names and the stored enum. */
export const TOKEN_SCOPES = { read: "READ", "smes:write": "SMES_WRITE", "outcomes:write": "OUTCOMES_WRITE" } as const;
export type TokenScope = keyof typeof TOKEN_SCOPES;
const TOKEN_SCOPE_NAMES = Object.keys(TOKEN_SCOPES) as TokenScope[];

/** A token lives at most a year; the owner picks how long. */
export const MAX_TOKEN_DAYS = 365;

export const createTokenSchema = z.object({
  name: requiredText(100),
  scopes: z
    .array(z.enum(TOKEN_SCOPE_NAMES as [TokenScope, ...TokenScope[]], { error: fieldMessage("invalidChoice") }))
    .min(1, fieldMessage("required"))
    .max(TOKEN_SCOPE_NAMES.length),
  expiresInDays: intField({ min: 1, max: MAX_TOKEN_DAYS }),
});

export const revokeTokenSchema = z.object({ id: text().min(1).max(40) });
