import type { ResolvedHeader } from "@/lib/imports/columns";
import type { TableRow } from "@/lib/imports/read-table";
import { cellAt, checkCentreRow, type Rejections } from "@/lib/imports/rows";
import type { AppLocale } from "@/lib/i18n/config";
import { outcomeFieldsSchema } from "@/lib/monitoring/schema";
import type { OUTCOME_SOURCES } from "@/lib/monitoring/codes";
import { normalizeSearch } from "@/lib/search/normalize";
import type { z } from "zod";

type OutcomeData = z.infer<typeof outcomeFieldsSchema>;
export type OutcomeField = keyof OutcomeData;
export const OUTCOME_FIELDS = Object.keys(outcomeFieldsSchema.shape) as OutcomeField[];

export interface OutcomeCandidate {
  row: TableRow;
  data: OutcomeData;
}

export interface OutcomeRowContext {
  header: ResolvedHeader<"outcomes">;
  headerCells: readonly string[];
  clusterName: string;
}

function outcomeColumnOf(ctx: Pick<OutcomeRowContext, "header" | "headerCells">) {
  return (field: string) => {
    const i = ctx.header.index[field as OutcomeField];
    return i === undefined ? undefined : ctx.headerCells[i];
  };
}

/**
 * How an export writes a source so that the import reads it back (sourceFromCell):
 * the plain words, not the catalogue's labels ("BPS (Statistics Indonesia)" would not
 * re-import).
 */
export const SOURCE_CELLS: Record<AppLocale, Record<(typeof OUTCOME_SOURCES)[number], string>> = {
  id: { SURVEY: "Survei", BPS: "BPS", ESTIMATE: "Perkiraan" },
  en: { SURVEY: "Survey", BPS: "BPS", ESTIMATE: "Estimate" },
};

/** Survei/Survey, BPS, Perkiraan/Estimasi/Estimate; anything else goes to the schema as is (and is refused). */
function sourceFromCell(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const v = normalizeSearch(cell).replace(/[^a-z]/g, "");
  if (["survei", "survey", "survai"].includes(v)) return "SURVEY";
  if (v === "bps") return "BPS";
  if (["perkiraan", "estimasi", "estimate", "taksiran"].includes(v)) return "ESTIMATE";
  return cell.trim();
}

/** Checks one row against THE outcome schema (lib/monitoring/schema.ts), and that it names the target centre when the file names one. */
export function checkOutcomeRow(row: TableRow, ctx: OutcomeRowContext, rejections: Rejections): OutcomeCandidate | null {
  const columnOf = outcomeColumnOf(ctx);
  const input: Record<string, string | undefined> = {};
  for (const field of OUTCOME_FIELDS) input[field] = cellAt(row, ctx.header.index[field]);
  input.source = sourceFromCell(input.source);
  const named = cellAt(row, ctx.header.index.cluster);
  const data = checkCentreRow(row, { schema: outcomeFieldsSchema, input, named, clusterName: ctx.clusterName, columnOf }, rejections);
  return data ? { row, data } : null;
}

/** A year appears once per file; the later row of a pair is rejected, naming the earlier line. */
export function rejectOutcomeDuplicatesInFile(
  candidates: OutcomeCandidate[],
  ctx: Pick<OutcomeRowContext, "header" | "headerCells">,
  rejections: Rejections,
): OutcomeCandidate[] {
  const columnOf = outcomeColumnOf(ctx);
  const seen = new Map<number, number>();
  const kept: OutcomeCandidate[] = [];
  for (const c of candidates) {
    const earlier = seen.get(c.data.year);
    if (earlier !== undefined) {
      rejections.add(c.row, {
        field: "year",
        column: columnOf("year"),
        code: "yearDuplicateInFile",
        params: { year: String(c.data.year), line: String(earlier) },
      });
    } else {
      seen.set(c.data.year, c.row.line);
      kept.push(c);
    }
  }
  return kept;
}
