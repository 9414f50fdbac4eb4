import type { z } from "zod";
import { parseFieldMessage } from "@/lib/forms/messages";
import { MAX_STORED_REJECTS } from "@/lib/imports/limits";
import type { RejectedRow, RowIssue } from "@/lib/imports/types";
import type { TableRow } from "@/lib/imports/read-table";
import { normalizeSearch } from "@/lib/search/normalize";

/**
 * A cell as the schemas want it. Exports prefix text that a spreadsheet would take
 * for a formula (=, +, -, @) with an apostrophe; importing drops it again.
 */
export function cleanCell(raw: string | undefined): string {
  const s = (raw ?? "").trim();
  return s.length > 1 && s[0] === "'" && "=+-@".includes(s[1]!) ? s.slice(1) : s;
}

/** The cell of a column, or undefined when the file has no such column. */
export function cellAt(row: TableRow, index: number | undefined): string | undefined {
  return index === undefined ? undefined : cleanCell(row.cells[index]);
}

/** The schema's issues as row issues: catalogue key, parameters, and the file's column name. */
export function zodRowIssues(error: z.ZodError, columnOf: (field: string) => string | undefined): RowIssue[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const { key, params } = parseFieldMessage(issue.message);
    return { field, column: columnOf(field), code: key, ...(Object.keys(params).length ? { params } : {}) };
  });
}

/** Rejected rows of one import, in line order, with their cells for the corrections file. */
export class Rejections {
  private readonly byLine = new Map<number, RejectedRow>();

  add(row: TableRow, issues: RowIssue | RowIssue[]) {
    const list = Array.isArray(issues) ? issues : [issues];
    const existing = this.byLine.get(row.line);
    if (existing) existing.issues.push(...list);
    else this.byLine.set(row.line, { line: row.line, cells: row.cells, issues: [...list] });
  }

  has(line: number): boolean {
    return this.byLine.has(line);
  }

  get size(): number {
    return this.byLine.size;
  }

  /** At most MAX_STORED_REJECTS rows are kept; the rest are counted. */
  report(): { rows: RejectedRow[]; omittedRows: number } {
    const rows = [...this.byLine.values()].sort((a, b) => a.line - b.line);
    return { rows: rows.slice(0, MAX_STORED_REJECTS), omittedRows: Math.max(0, rows.length - MAX_STORED_REJECTS) };
  }
}

/** Accepts L/P, Laki-laki/Perempuan, Pria/Wanita and M/F; anything else goes to the schema as is. */
export function genderFromCell(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const v = cell
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  if (v === "") return "";
  if (["l", "lk", "laki", "lakilaki", "pria", "m", "male", "man"].includes(v)) return "MALE";
  if (["p", "pr", "perempuan", "wanita", "w", "f", "female", "woman"].includes(v)) return "FEMALE";
  return cell.trim();
}

/**
 * One row of a file imported into one centre: its cells (`input`) checked against the
 * entity's schema and, when the file names each row's centre (`named`), that it names
 * the centre being imported into. Both problems are reported together; the parsed data
 * only when there is neither.
 */
export function checkCentreRow<S extends z.ZodType>(
  row: TableRow,
  check: {
    schema: S;
    input: Record<string, string | undefined>;
    named: string | undefined;
    clusterName: string;
    columnOf: (field: string) => string | undefined;
  },
  rejections: Rejections,
): z.infer<S> | null {
  const parsed = check.schema.safeParse(check.input);
  const otherCluster = check.named && normalizeSearch(check.named) !== normalizeSearch(check.clusterName);
  if (otherCluster)
    rejections.add(row, {
      field: "cluster",
      column: check.columnOf("cluster"),
      code: "otherCluster",
      params: { cluster: check.clusterName },
    });
  if (!parsed.success) {
    rejections.add(row, zodRowIssues(parsed.error, check.columnOf));
    return null;
  }
  return otherCluster ? null : parsed.data;
}
