import type { z } from "zod";

// Form values as the browser holds them. Only a type comes from zod: client forms import
// this module, and zod stays on the server.

/**
 * What a server-first form shows in its inputs: each field of the schema's input as
 * the text of its control (FormData is text; BigInt cannot cross to the client). The
 * field names come from the zod schema, so a renamed field is a type error in the form.
 */
export type FormValues<S extends z.ZodType> = Partial<Record<Extract<keyof z.input<S>, string>, string>>;

/** A record's values as form text: null and undefined become "". */
export function toFormValues<K extends string>(record: Partial<Record<K, unknown>>): Partial<Record<K, string>> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)])) as Partial<
    Record<K, string>
  >;
}
