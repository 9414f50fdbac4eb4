import "server-only";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { resolveHeader, type ImportKindKey, type ResolvedHeader } from "@/lib/imports/columns";
import type { AppLocale } from "@/lib/i18n/config";
import { MAX_CELL_CHARS, MAX_XLSX_RATIO, MAX_XLSX_UNPACKED_BYTES, XLSX_RATIO_CHECK_BYTES } from "@/lib/imports/limits";
import { zipEntrySizes } from "@/lib/imports/zip-size";

export type FileFormat = "csv" | "xlsx";

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface TableRow {
  /** Row number as the user sees it: the header is line 1 in a plain file. */
  line: number;
  cells: string[];
}

/** The format from the extension, confirmed by the content; null when neither fits. */
export function detectFormat(file: UploadedFile): FileFormat | null {
  const name = file.name.toLowerCase();
  const b = file.bytes;
  const isZip = b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
  if (name.endsWith(".xlsx")) return isZip ? "xlsx" : null;
  if (name.endsWith(".csv") || name.endsWith(".txt")) {
    // A spreadsheet or any binary renamed to .csv: refuse rather than read garbage.
    if (isZip || b.subarray(0, 4096).includes(0)) return null;
    return "csv";
  }
  return null;
}

/** Excel on Windows may still save ANSI (Windows-1252) CSV; everything else is UTF-8. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function* textChunks(text: string, size = 64 * 1024) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * The delimiter the header row uses most: Indonesian Excel writes ";" (the comma is
 * the decimal mark there). Papaparse's own guess misjudges short files with a blank
 * last line, and blank lines must stay to keep the line numbers right.
 */
export function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 20).find((l) => l.trim() !== "") ?? "";
  let best: string = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = header.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

async function* csvRows(bytes: Uint8Array): AsyncGenerator<TableRow> {
  const text = decodeText(bytes);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  Readable.from(textChunks(text)).pipe(parser);
  let line = 0;
  for await (const row of parser as AsyncIterable<string[]>) {
    line++;
    yield { line, cells: row };
  }
}

type CellValue = ExcelJS.CellValue;

function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    // A percentage cell holds 0.2 and shows 20%.
    if (numFmt?.includes("%") && Math.abs(value) <= 10) return String(Math.round(value * 10_000) / 100);
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: CellValue }).result ?? null, numFmt);
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("error" in value) return String(value.error);
  return "";
}

async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "emit",
  });
  // Only the first worksheet is read; others (notes, lists) are ignored.
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells: string[] = [];
      const values = row.values as CellValue[];
      for (let i = 1; i < values.length; i++) {
        const v = values[i];
        cells.push(cellText(v ?? null, typeof v === "number" ? row.getCell(i).numFmt : undefined));
      }
      yield { line: row.number, cells };
    }
    return;
  }
}

/** A file the reader refuses whole; `code` is a key of `imports.fileErrors`. */
export class UnreadableFile extends Error {
  constructor(
    readonly code: "cellTooLong" | "unpackedTooLarge",
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = "UnreadableFile";
  }
}

/**
 * Refuses an XLSX whose parts would unpack to too much (a "zip bomb"), from the sizes
 * its directory declares: before a byte is unpacked. (A file that lies about its sizes
 * still meets the per-cell cap below, and the unpacker stops at a part's declared size.)
 */
function checkXlsxSize(bytes: Uint8Array): void {
  const entries = zipEntrySizes(bytes);
  if (!entries) return; // not readable as a ZIP: the reader reports it unreadable
  const total = entries.reduce((sum, e) => sum + e.unpacked, 0);
  const bomb = entries.some((e) => e.unpacked > XLSX_RATIO_CHECK_BYTES && e.unpacked > Math.max(e.packed, 1) * MAX_XLSX_RATIO);
  if (total > MAX_XLSX_UNPACKED_BYTES || bomb)
    throw new UnreadableFile("unpackedTooLarge", { max: String(Math.round(MAX_XLSX_UNPACKED_BYTES / 1024 / 1024)) });
}

async function* capped(rows: AsyncGenerator<TableRow>): AsyncGenerator<TableRow> {
  for await (const row of rows) {
    if (row.cells.some((c) => c.length > MAX_CELL_CHARS))
      throw new UnreadableFile("cellTooLong", { line: String(row.line), max: String(MAX_CELL_CHARS) });
    yield row;
  }
}

/** The rows of a file; throws UnreadableFile for a cell over MAX_CELL_CHARS or an XLSX that unpacks too far. */
function readRows(file: UploadedFile, format: FileFormat): AsyncGenerator<TableRow> {
  if (format === "xlsx") checkXlsxSize(file.bytes);
  return capped(format === "csv" ? csvRows(file.bytes) : xlsxRows(file.bytes));
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

export interface OpenedTable<K extends ImportKindKey> {
  header: string[];
  headerLine: number;
  resolved: ResolvedHeader<K>;
  /** The data rows after the header, blank rows skipped. */
  rows: AsyncGenerator<TableRow>;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header: the first row naming at least two known columns among the first
 * few non-blank rows (ministry sheets often carry a title row or two above it), else
 * the first non-blank row. Returns null for a file without any non-blank row.
 */
export async function openTable<K extends ImportKindKey>(
  file: UploadedFile,
  format: FileFormat,
  kind: K,
  locale: AppLocale,
): Promise<OpenedTable<K> | null> {
  const source = readRows(file, format);
  const seen: TableRow[] = [];
  let chosen: { row: TableRow; resolved: ResolvedHeader<K> } | null = null;
  while (seen.length < HEADER_SEARCH_ROWS) {
    const next = await source.next();
    if (next.done) break;
    if (isBlankRow(next.value.cells)) continue;
    seen.push(next.value);
    const resolved = resolveHeader(kind, next.value.cells, locale);
    if (resolved.keys.filter(Boolean).length >= 2) {
      chosen = { row: next.value, resolved };
      break;
    }
  }
  if (!chosen) {
    const first = seen[0];
    if (!first) return null;
    chosen = { row: first, resolved: resolveHeader(kind, first.cells, locale) };
  }
  const after = seen.slice(seen.indexOf(chosen.row) + 1);
  async function* rest(): AsyncGenerator<TableRow> {
    for (const row of after) yield row;
    for await (const row of source) if (!isBlankRow(row.cells)) yield row;
  }
  return { header: chosen.row.cells.map((c) => c.trim()), headerLine: chosen.row.line, resolved: chosen.resolved, rows: rest() };
}
