import { z } from "zod";
import { fieldMessage } from "@/lib/forms/messages";
import { text } from "@/lib/forms/text";

/** An id filter in a query string (`?cluster=`, `?provider=`…). */
export const idFilter = (description: string) => text().min(1).max(40).optional().meta({ description });

/**
 * A calendar date filter, `YYYY-MM-DD`. ISO 8601 has a year 0000 and PostgreSQL's
 * calendar does not (1 BC comes before AD 1): such a date is refused here, not by the
 * database with a 500.
 */
export const dateFilter = (description: string) =>
  z.iso
    .date({ error: fieldMessage("isoDate") })
    .refine((s) => !s.startsWith("0000-"), fieldMessage("isoDate"))
    .optional()
    .meta({ description: `${description} (YYYY-MM-DD).` });

/** Whole Rupiah as a decimal string (the API never sends money as a JSON number). */
export const moneyString = () => text().meta({ description: "Whole Rupiah as a decimal string; a reversal's amount is negative." });

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
