import { z } from "zod";
import { text } from "@/lib/forms/text";

/** An id filter in a query string (`?cluster=`, `?provider=`…). */
export const idFilter = (description: string) => text().min(1).max(40).optional().meta({ description });

/** A calendar date filter, `YYYY-MM-DD`. */
export const dateFilter = (description: string) =>
  z.iso
    .date()
    .optional()
    .meta({ description: `${description} (YYYY-MM-DD).` });

/** Whole Rupiah as a decimal string (the API never sends money as a JSON number). */
export const moneyString = () => text().meta({ description: "Whole Rupiah as a decimal string; a reversal's amount is negative." });

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
