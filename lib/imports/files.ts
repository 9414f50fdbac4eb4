import "server-only";
import { tableStream, type TableFormat } from "@/lib/exports/table-stream";
import { TEMPLATE_COLUMNS, type ImportKindKey } from "@/lib/imports/columns";
import { rowReasons, type Translator } from "@/lib/imports/messages";
import type { BatchReport } from "@/lib/imports/types";

async function* once<T>(value: T) {
  yield value;
}

/** An empty file with the recognised headers in the reader's language. */
export function templateStream(kind: ImportKindKey, format: TableFormat, tImports: Translator): ReadableStream<Uint8Array> {
  const header = (TEMPLATE_COLUMNS[kind] as string[]).map((k) => tImports(`columns.${kind}.${k}`));
  return tableStream({ format, header, batches: once([]), sheetName: tImports(`sheets.${kind}`) });
}

/** The rejected rows as uploaded (same columns, same order) plus a Reason column, to fix and re-import. */
export function correctionsStream(
  report: BatchReport,
  format: TableFormat,
  tImports: Translator,
  tErrors: Translator,
): ReadableStream<Uint8Array> {
  const width = report.header.length;
  const header = [...report.header, tImports("result.reason")];
  const rows = report.rows.map((r) => {
    const cells = r.cells.slice(0, width);
    while (cells.length < width) cells.push("");
    return [...cells, rowReasons(r.issues, tImports, tErrors)];
  });
  return tableStream({ format, header, batches: once(rows), sheetName: tImports("sheets.corrections") });
}
