import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { en, id } from "@/lib/i18n/messages";
import type { Translator } from "@/lib/imports/messages";

const CATALOGUES = { id, en } as const;

/**
 * A translator for one namespace in the caller's language. The API has no session and
 * no next-intl request config: the language comes from `Accept-Language` (locale.ts).
 */
export function apiTranslator(locale: AppLocale, namespace: "api" | "errors" | "imports"): Translator {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: namespace as never }) as unknown as Translator;
}
