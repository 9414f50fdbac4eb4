import type { MessageScopes } from "@/lib/forms/action-state";

/** The BDS and financing forms' own messages: field keys, and the money rules with their amounts (lib/support/rule-error.ts). */
export const supportMessages: MessageScopes = { fields: "support.fieldErrors", rules: "support.rules" };
