import "server-only";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";

export type Cell = string | number | bigint | null | undefined;
export type TableFormat = "csv" | "xlsx";

const CONTENT_TYPE: Record<TableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Text a spreadsheet would run as a formula gets an apostrophe (OWASP CSV injection); imports drop it. */
function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number" || typeof cell === "bigint") return cell.toString();
  const s = safeText(cell);
  return /[",;\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

function xlsxCell(cell: Cell): string | number | null {
  if (cell === null || cell === undefined) return null;
  // Whole Rupiah stay below 10^15 (lib/forms/numbers.ts): exact as a double.
  if (typeof cell === "bigint") return Number(cell);
  return cell;
}

/**
 * A CSV or XLSX file streamed from batches of rows: only one batch is in memory at a
 * time, and the next is not fetched while the client is still behind. CSV is UTF-8
 * with a byte-order mark so that Excel shows Indonesian text correctly.
 */
export function tableStream({
  format,
  header,
  batches,
  sheetName,
}: {
  format: TableFormat;
  header: readonly string[];
  batches: AsyncIterable<Cell[][]>;
  sheetName: string;
}): ReadableStream<Uint8Array> {
  if (format === "csv") {
    const encoder = new TextEncoder();
    const iterator = batches[Symbol.asyncIterator]();
    let started = false;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
          return;
        }
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }

  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  void (async () => {
    try {
      sheet.addRow([...header]).commit();
      for await (const batch of batches) {
        for (const row of batch) sheet.addRow(row.map(xlsxCell)).commit();
        if (out.destroyed) return;
        if (out.writableNeedDrain) await once(out, "drain");
      }
      sheet.commit();
      await workbook.commit();
    } catch (err) {
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** `attachment` headers with a safe ASCII name and the UTF-8 one. */
export function downloadHeaders(format: TableFormat, baseName: string): HeadersInit {
  const name = `${baseName}.${format}`;
  const ascii = name.replace(/[^A-Za-z0-9._-]+/g, "-");
  return {
    "Content-Type": CONTENT_TYPE[format],
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "Cache-Control": "no-store",
  };
}

/** Pages through a table by cursor: never more than `size` rows in memory. */
export async function* cursorPages<T extends { id: string }>(
  fetchPage: (cursor: string | undefined, size: number) => Promise<T[]>,
  size = 2_000,
): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor, size);
    if (page.length) yield page;
    if (page.length < size) return;
    cursor = page[page.length - 1]!.id;
  }
}
