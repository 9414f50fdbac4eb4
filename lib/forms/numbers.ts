import { z } from "zod";
import { fieldMessage } from "@/lib/forms/messages";

/**
 * Whole numbers as Indonesian staff write them: `1250000`, `1.250.000`, `1,250,000`,
 * `Rp 1.250.000`, `Rp1.250.000,00`. Returns a bigint, null for an empty value, and
 * undefined for text that is not a whole number (e.g. `abc`, `1.500,5`).
 */
export function parseWholeNumber(raw: string): bigint | null | undefined {
  const s = raw
    .trim()
    .replace(/^(rp\.?|idr)\s*/i, "")
    .replace(/\s+/g, "");
  if (s === "") return null;
  return readInteger(s) ?? readInteger(s.replace(/[.,]0{1,2}$/, "")); // a zero decimal part is harmless
}

function readInteger(s: string): bigint | undefined {
  if (/^-?\d+$/.test(s)) return BigInt(s);
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return BigInt(s.replaceAll(".", ""));
  if (/^-?\d{1,3}(,\d{3})+$/.test(s)) return BigInt(s.replaceAll(",", ""));
  return undefined;
}

const MAX_RUPIAH = 10n ** 15n; // Rp 1 quadrillion: far above any SME or programme figure

/** Form or file text (or a JSON integer) read as whole Rupiah; unreadable text is passed on as text, which the bigint schema rejects with "wholeNumber". */
function readRupiah(v: unknown): unknown {
  return typeof v === "string"
    ? (parseWholeNumber(v) ?? (v.trim() === "" ? null : v))
    : typeof v === "number" && Number.isInteger(v)
      ? BigInt(v)
      : v;
}

const rupiah = z
  .bigint({ error: (issue) => (issue.input == null ? fieldMessage("required") : fieldMessage("wholeNumber")) })
  .min(0n, fieldMessage("notNegative"))
  .max(MAX_RUPIAH, fieldMessage("tooLarge"));

/** An optional non-negative whole-Rupiah amount from form or file text. */
export const optionalRupiah = z.preprocess(readRupiah, rupiah.nullable().optional());

/** A required non-negative whole-Rupiah amount (zero allowed): empty or missing says "required". */
export const requiredRupiah = z.preprocess(readRupiah, rupiah);

interface IntOptions {
  min: number;
  max: number;
  /** A calendar year: its own message ("4 digits, e.g. 1998") instead of the counts' one. */
  year?: boolean;
}

/** An integer field (workers, year, percent) from form or file text. */
export function intField(opts: IntOptions & { optional?: false }): z.ZodType<number, unknown>;
export function intField(opts: IntOptions & { optional: true }): z.ZodType<number | null | undefined, unknown>;
export function intField(opts: IntOptions & { optional?: boolean }): z.ZodType<number | null | undefined, unknown> {
  const notInteger = opts.year ? fieldMessage("year") : fieldMessage("integer");
  const inner = z
    .number({ error: notInteger })
    .int(notInteger)
    .min(opts.min, opts.min === 0 ? fieldMessage("notNegative") : fieldMessage("tooSmall", { min: opts.min }))
    .max(opts.max, fieldMessage("atMost", { max: opts.max }));
  return z.preprocess(
    (v) => {
      if (typeof v !== "string") return v;
      const parsed = parseWholeNumber(v);
      if (parsed === null) return opts.optional ? null : undefined;
      if (parsed === undefined) return Number.NaN;
      return Number(parsed);
    },
    opts.optional ? inner.nullable().optional() : inner,
  );
}
