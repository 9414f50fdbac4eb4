import type { ResolvedHeader } from "@/lib/imports/columns";
import type { TableRow } from "@/lib/imports/read-table";
import { cellAt, checkCentreRow, genderFromCell, type Rejections } from "@/lib/imports/rows";
import { normalizeSearch } from "@/lib/search/normalize";
import { smeFieldsSchema, type SmeFields } from "@/lib/smes/schema";

export type SmeField = keyof SmeFields;
const SME_FIELDS = Object.keys(smeFieldsSchema.shape) as SmeField[];

export interface SmeCandidate {
  row: TableRow;
  data: SmeFields;
  /** The business name as matched: normalised (lib/search/normalize.ts). */
  nameKey: string;
}

export interface SmeRowContext {
  header: ResolvedHeader<"smes">;
  headerCells: readonly string[];
  clusterName: string;
}

export function smeColumnOf(ctx: Pick<SmeRowContext, "header" | "headerCells">) {
  return (field: string) => {
    const i = ctx.header.index[field as SmeField];
    return i === undefined ? undefined : ctx.headerCells[i];
  };
}

/** Fields whose column is in the file: only these are written when a row updates an SME. */
export function presentSmeFields(header: ResolvedHeader<"smes">): SmeField[] {
  return SME_FIELDS.filter((f) => header.index[f] !== undefined);
}

/**
 * Checks one row against THE SME schema (lib/smes/schema.ts) and, when the file names
 * the centre of each row, that it is the centre being imported into.
 */
export function checkSmeRow(row: TableRow, ctx: SmeRowContext, rejections: Rejections): SmeCandidate | null {
  const columnOf = smeColumnOf(ctx);
  const input: Record<string, string | undefined> = {};
  for (const field of SME_FIELDS) input[field] = cellAt(row, ctx.header.index[field]);
  input.ownerGender = genderFromCell(input.ownerGender);
  const named = cellAt(row, ctx.header.index.cluster);
  const data = checkCentreRow(row, { schema: smeFieldsSchema, input, named, clusterName: ctx.clusterName, columnOf }, rejections);
  return data ? { row, data, nameKey: normalizeSearch(data.businessName) } : null;
}

/**
 * Within one file an SME may appear once: a NIB once, and a name without NIB only
 * when no other row has that name (it could not be told apart on re-import).
 * The later row of a pair is rejected, naming the earlier line.
 */
export function rejectSmeDuplicatesInFile(
  candidates: SmeCandidate[],
  ctx: Pick<SmeRowContext, "header" | "headerCells">,
  rejections: Rejections,
): SmeCandidate[] {
  const columnOf = smeColumnOf(ctx);
  const nibLine = new Map<string, number>();
  const nameLine = new Map<string, number>();
  const nameWithoutNibLine = new Map<string, number>();
  const kept: SmeCandidate[] = [];
  for (const c of candidates) {
    const nib = c.data.nib ?? null;
    const earlierNib = nib ? nibLine.get(nib) : undefined;
    const earlierName = nib ? nameWithoutNibLine.get(c.nameKey) : nameLine.get(c.nameKey);
    if (earlierNib !== undefined) {
      rejections.add(c.row, { field: "nib", column: columnOf("nib"), code: "nibDuplicateInFile", params: { line: String(earlierNib) } });
    } else if (earlierName !== undefined) {
      rejections.add(c.row, {
        field: "businessName",
        column: columnOf("businessName"),
        code: "nameDuplicateInFile",
        params: { line: String(earlierName) },
      });
    } else {
      kept.push(c);
    }
    if (nib && !nibLine.has(nib)) nibLine.set(nib, c.row.line);
    if (!nameLine.has(c.nameKey)) nameLine.set(c.nameKey, c.row.line);
    if (!nib && !nameWithoutNibLine.has(c.nameKey)) nameWithoutNibLine.set(c.nameKey, c.row.line);
  }
  return kept;
}
