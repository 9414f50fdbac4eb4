import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isDatabaseUnreachable } from "@/lib/database-errors";
import { isAppError, type AppError } from "@/lib/errors";
import { parseFieldMessage } from "@/lib/forms/messages";
import { isLocale } from "@/lib/i18n/config";
import { formatRupiah } from "@/lib/i18n/format";

/** What every form action returns to useActionState. Expected failures are values. */
export interface ActionState {
  ok?: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  /** Submitted values, so a form re-renders with what the user typed after an error. */
  values?: Record<string, string>;
}

/**
 * A feature's own catalogue namespaces, searched before the shared `errors` ones:
 * `fields` for zod message keys (`<fields>.<key>`), `reasons` for an AppError's
 * `details.reason` (`<reasons>.<reason>`), `rules` for a business rule broken with
 * amounts (`details.rule`, `details.amounts` as whole-Rupiah bigints).
 */
export interface MessageScopes {
  fields?: string;
  reasons?: string;
  rules?: string;
}

export function formValues(formData: FormData, omit: string[] = ["password", "newPassword"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !omit.includes(k) && !k.startsWith("$")) values[k] = v;
  return values;
}

// The namespaces are runtime strings chosen by each action; the catalogue test keeps them real.
type Translator = Awaited<ReturnType<typeof getTranslations<never>>>;
const translator = (namespace: string) => getTranslations(namespace as never) as Promise<Translator>;

export async function translateZodError(error: z.ZodError, scopes: MessageScopes = {}): Promise<ActionState> {
  const t = await translator("errors");
  const own = scopes.fields ? await translator(scopes.fields) : null;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const { key, params } = parseFieldMessage(issue.message);
    const text = own?.has(key) ? own(key, params) : t.has(`field.${key}`) ? t(`field.${key}`, params) : t("field.invalidChoice");
    (fieldErrors[field] ??= []).push(text);
  }
  return { formError: t("INVALID_INPUT"), fieldErrors };
}

/** Maps a thrown error to a form state; unexpected errors (logged by the caller) are never shown raw. */
export async function errorToState(err: unknown, scopes: MessageScopes = {}): Promise<ActionState> {
  const t = await translator("errors");
  if (isDatabaseUnreachable(err)) return { formError: t("databaseUnavailable") };
  if (!isAppError(err)) return { formError: t("unexpected") };
  const { field, fieldMessage, reason, rule } = err.details ?? {};
  if (scopes.rules && typeof rule === "string" && typeof field === "string") return translateRule(err, scopes.rules, rule, field);
  if (typeof field === "string" && typeof fieldMessage === "string") {
    const own = scopes.fields ? await translator(scopes.fields) : null;
    const text = own?.has(fieldMessage)
      ? own(fieldMessage)
      : t.has(`field.${fieldMessage}`)
        ? t(`field.${fieldMessage}`)
        : t("field.invalidChoice");
    return { formError: t("INVALID_INPUT"), fieldErrors: { [field]: [text] } };
  }
  if (scopes.reasons && typeof reason === "string") {
    const own = await translator(scopes.reasons);
    if (own.has(reason)) return { formError: own(reason) };
  }
  return { formError: t(err.code) };
}

/** A business rule's message, with the amounts that decide it formatted in the reader's language. */
async function translateRule(err: AppError, namespace: string, rule: string, field: string): Promise<ActionState> {
  const t = await translator(namespace);
  const tErrors = await translator("errors");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "id";
  const amounts = (err.details?.amounts ?? {}) as Record<string, bigint>;
  const params = Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, formatRupiah(v, locale)]));
  const text = t(rule, params);
  return { formError: `${tErrors("INVALID_INPUT")} ${text}`, fieldErrors: { [field]: [text] } };
}
