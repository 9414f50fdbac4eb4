import { z } from "zod";

/**
 * Characters no Sentra text may hold: C0 controls except tab, line feed and carriage
 * return; DEL; C1 controls; unpaired UTF-16 surrogates (what invalid UTF-8 decodes to
 * in some paths); and the non-characters U+FFFE/U+FFFF. PostgreSQL refuses NUL in
 * `text` and `jsonb`, so before this rule a NUL in any field was an unexpected error.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */

export function hasForbiddenChars(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** `value` with every forbidden character removed (for search terms, where refusing helps nobody). */
export function stripForbiddenChars(value: string): string {
  return value.replace(new RegExp(FORBIDDEN.source, "g"), "");
}

/**
 * THE string primitive of every zod schema at Sentra's boundary (forms, actions, route
 * handlers, imports, query strings): `z.string()` that refuses control characters with
 * the field message key `controlChars` (errors.field, diagnosis.validation). Chain `.trim().min().max()` as on `z.string()`.
 * tests/unit/boundary-text.test.ts fails when a schema file uses `z.string(` directly.
 */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((v) => !hasForbiddenChars(v), { message: "controlChars", abort: true });
}
