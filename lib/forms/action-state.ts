import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { parseFieldMessage } from "@/lib/forms/messages";
import { logger } from "@/lib/logger";

/** What every form action returns to useActionState. Expected failures are values. */
export interface ActionState {
  ok?: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  /** Submitted values, so a form re-renders with what the user typed after an error. */
  values?: Record<string, string>;
}

export function formValues(formData: FormData, omit: string[] = ["password", "newPassword"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !omit.includes(k) && !k.startsWith("$")) values[k] = v;
  return values;
}

export async function translateZodError(error: z.ZodError): Promise<ActionState> {
  const t = await getTranslations("errors");
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const { key, params } = parseFieldMessage(issue.message);
    const text = t.has(`field.${key}`) ? t(`field.${key}`, params) : t("field.invalidChoice");
    (fieldErrors[field] ??= []).push(text);
  }
  return { formError: t("INVALID_INPUT"), fieldErrors };
}

/** Maps a thrown error to a form state; unexpected errors are logged, never shown raw. */
export async function errorToState(err: unknown): Promise<ActionState> {
  const t = await getTranslations("errors");
  if (isAppError(err)) {
    const field = err.details?.field;
    const fieldKey = err.details?.fieldMessage;
    if (typeof field === "string" && typeof fieldKey === "string") {
      return { formError: t("INVALID_INPUT"), fieldErrors: { [field]: [t(`field.${fieldKey}`)] } };
    }
    return { formError: t(err.code) };
  }
  logger.error({ err: err instanceof Error ? err.message : String(err) }, "unexpected action error");
  return { formError: t("unexpected") };
}
