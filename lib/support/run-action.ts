import "server-only";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/roles";
import { errorToState, formValues, type ActionState } from "@/lib/forms/action-state";
import { parseFieldMessage } from "@/lib/forms/messages";
import { isLocale } from "@/lib/i18n/config";
import { formatRupiah } from "@/lib/i18n/format";
import { isSupportRuleError, type SupportRuleError } from "@/lib/support/rule-error";

interface SupportActionSpec<S extends z.ZodType, R> {
  permission: Permission;
  schema: S;
  /** Fields that carry several values (checkbox groups, multi-selects). */
  arrays?: string[];
  run(actor: SessionUser, data: z.output<S>): Promise<R>;
  success(result: R): Promise<string> | string;
  revalidate?: string[] | ((result: R) => string[]);
}

/**
 * lib/forms/run-action.ts with two additions the BDS and financing forms need:
 * multi-valued fields, and the money rules' own messages (with the amounts that
 * decide them, formatted in the reader's language).
 */
export async function runSupportAction<S extends z.ZodType, R>(formData: FormData, spec: SupportActionSpec<S, R>): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireUser(spec.permission);
    const input: Record<string, unknown> = Object.fromEntries(formData);
    for (const key of spec.arrays ?? []) input[key] = formData.getAll(key).filter((v) => typeof v === "string" && v !== "");
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) return { ...(await translateIssues(parsed.error)), values };
    const result = await spec.run(actor, parsed.data);
    const paths = typeof spec.revalidate === "function" ? spec.revalidate(result) : (spec.revalidate ?? []);
    for (const path of paths) revalidatePath(path);
    return { ok: true, message: await spec.success(result) };
  } catch (err) {
    if (err instanceof z.ZodError) return { ...(await translateIssues(err)), values };
    if (isSupportRuleError(err)) return { ...(await translateRule(err)), values };
    return { ...(await errorToState(err)), values };
  }
}

export async function translateRule(err: SupportRuleError): Promise<ActionState> {
  const t = await getTranslations("support.rules");
  const tErrors = await getTranslations("errors");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "id";
  const params = Object.fromEntries(Object.entries(err.amounts).map(([k, v]) => [k, formatRupiah(v, locale)]));
  const text = t(err.rule, params);
  return { formError: `${tErrors("INVALID_INPUT")} ${text}`, fieldErrors: { [err.field]: [text] } };
}

/** zod issues: shared field keys live in `errors.field`, this feature's own in `support.fieldErrors`. */
async function translateIssues(error: z.ZodError): Promise<ActionState> {
  const t = await getTranslations("errors");
  const ts = await getTranslations("support.fieldErrors");
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const { key, params } = parseFieldMessage(issue.message);
    const text = t.has(`field.${key}`) ? t(`field.${key}`, params) : ts.has(key) ? ts(key, params) : t("field.invalidChoice");
    (fieldErrors[field] ??= []).push(text);
  }
  return { formError: t("INVALID_INPUT"), fieldErrors };
}
