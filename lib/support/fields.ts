import { z } from "zod";
import { text } from "@/lib/forms/text";
import { BDS_SERVICES, FINANCING_CHANNELS } from "@/lib/support/codes";
import { fieldMessage } from "@/lib/forms/messages";
import { parseWholeNumber } from "@/lib/forms/numbers";
import { DAY_MONTH_YEAR_SHAPE, ISO_SHAPE, parseDayMonthYear } from "@/lib/forms/dates";

// Field schemas shared by the BDS and financing forms. Messages are catalogue keys:
// `errors.field.*` for the shared ones, `support.fieldErrors.*` for these.

const MAX_RUPIAH = 10n ** 15n;

function toBigintInput(v: unknown): unknown {
  if (typeof v === "string") return parseWholeNumber(v) ?? (v.trim() === "" ? undefined : v);
  if (typeof v === "number") return Number.isInteger(v) ? BigInt(v) : v; // a fraction stays a number and is refused
  return v;
}

/** A required amount in whole Rupiah, more than zero: `1.250.000`, `Rp 1.250.000`, `1250000`. */
export const positiveRupiah = z.preprocess(
  toBigintInput,
  z
    .bigint({ error: (issue) => (issue.input === undefined ? fieldMessage("required") : fieldMessage("wholeNumber")) })
    .min(0n, fieldMessage("notNegative"))
    .max(MAX_RUPIAH, fieldMessage("tooLarge"))
    .refine((v) => v !== 0n, fieldMessage("amountPositive")),
);

/** An optional amount in whole Rupiah, zero or more (empty = none). */
export const optionalAmount = z.preprocess(
  (v) => (v === "" || v === null ? null : toBigintInput(v)),
  z
    .bigint({ error: fieldMessage("wholeNumber") })
    .min(0n, fieldMessage("notNegative"))
    .max(MAX_RUPIAH, fieldMessage("tooLarge"))
    .nullable()
    .optional(),
);

/**
 * A calendar date as the DateField posts it: typed `dd/mm/yyyy` (also `-` or `.`), or
 * ISO `YYYY-MM-DD` (the API, imports, and a Date already parsed), kept as UTC midnight
 * for `@db.Date`. Accepts its own output too: actions parse, and the verb parses again.
 * A day the calendar does not have (31/02/2026) gets its own message.
 */
const dateText = text({ error: fieldMessage("required") })
  .trim()
  .min(1, fieldMessage("required"))
  .transform((s, ctx) => {
    const typed = DAY_MONTH_YEAR_SHAPE.test(s);
    if (!typed && !ISO_SHAPE.test(s)) {
      ctx.addIssue({ code: "custom", message: fieldMessage("date") });
      return z.NEVER;
    }
    const iso = typed ? parseDayMonthYear(s) : s;
    const d = new Date(`${iso}T00:00:00Z`);
    if (iso === null || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: "custom", message: fieldMessage("dateNotInCalendar") });
      return z.NEVER;
    }
    return d;
  })
  .refine((d) => d.getUTCFullYear() >= 1990 && d.getUTCFullYear() <= 2100, fieldMessage("date"));
export const dateOnly = z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), dateText);

export const optionalDate = z.preprocess((v) => (v === "" || v == null ? undefined : v), dateOnly.optional());

export const recordId = text({ error: fieldMessage("required") })
  .trim()
  .min(1, fieldMessage("required"))
  .max(60);
export const optionalId = z.preprocess((v) => (v === "" || v == null ? null : v), text().trim().max(60).nullable());
export const version = z.coerce.number().int().positive();

export const bdsService = z.enum(BDS_SERVICES, { error: fieldMessage("invalidChoice") });
export const financingChannel = z.enum(FINANCING_CHANNELS, { error: fieldMessage("invalidChoice") });
export const provinceCode = text({ error: fieldMessage("chooseProvince") }).regex(/^\d{2}$/, fieldMessage("chooseProvince"));

/** Today's date in Jakarta, as a UTC-midnight Date like the `@db.Date` columns. */
export function todayInJakarta(now = new Date()): Date {
  const s = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${s}T00:00:00Z`);
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `start` plus whole calendar months; the 31st falls back to the month's last day. */
export function addMonths(start: Date, months: number): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(start.getUTCDate(), lastDay)));
}
