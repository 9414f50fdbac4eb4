import { text } from "@/lib/forms/text";

/**
 * zod messages in schemas are catalogue keys under `errors.field`, optionally with
 * parameters, so the same schema serves both languages. `fieldMessage("tooLong", { max: 200 })`.
 */
export function fieldMessage(key: string, params?: Record<string, string | number>): string {
  return params ? `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}` : key;
}

export function parseFieldMessage(message: string): { key: string; params: Record<string, string> } {
  const [key = "invalidChoice", query] = message.split("?");
  return { key, params: Object.fromEntries(new URLSearchParams(query ?? "")) };
}

/** A trimmed required text field with a length limit, for FormData input. */
export function requiredText(max: number) {
  return text({ error: fieldMessage("required") })
    .trim()
    .min(1, fieldMessage("required"))
    .max(max, fieldMessage("tooLong", { max }));
}

export function optionalText(max: number) {
  return text()
    .trim()
    .max(max, fieldMessage("tooLong", { max }))
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();
}

/** An optional phone number as staff write it (digits, spaces, +, -, brackets); "" is none. */
export function optionalPhone() {
  return text()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(
      text()
        .regex(/^[0-9+()\- ]{6,20}$/, fieldMessage("phone"))
        .nullable(),
    )
    .nullable()
    .optional();
}
