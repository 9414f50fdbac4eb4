import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importFile } from "@/lib/imports/import-file";
import { MAX_CELL_CHARS } from "@/lib/imports/limits";
import { makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

// Issue #16, finding 4: an import kept a rejected 30-million-character cell whole
// (a 30 MB corrections file, a 3 s page). Cells and unpacked size are capped before
// anything of a file is stored.

const HEADER = ["Nama Usaha", "Nama Pemilik", "Tenaga Kerja"];

async function xlsx(rows: string[][]): Promise<{ name: string; bytes: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  for (const r of rows) ws.addRow(r);
  return { name: "ukm.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

function csv(rows: string[][]): { name: string; bytes: Uint8Array } {
  return { name: "ukm.csv", bytes: new TextEncoder().encode(rows.map((r) => r.join(",")).join("\r\n")) };
}

async function setup() {
  const actor = await actorWithRole("STAFF");
  const cluster = await makeCluster(prisma, { name: "Sentra Uji Batas", provinceCode: "33" });
  const run = (file: { name: string; bytes: Uint8Array }) =>
    importFile({ actor, input: { kind: "smes", clusterId: cluster.id, validOnly: "" }, file, locale: "id" });
  return { run };
}

/** Every stored byte an import batch holds (its report and file name). */
async function storedBytes(): Promise<number> {
  const batches = await prisma.importBatch.findMany({ select: { errors: true, fileName: true } });
  return batches.reduce((sum, b) => sum + JSON.stringify(b.errors ?? null).length + b.fileName.length, 0);
}

describe("import limits", () => {
  it("refuses a small XLSX holding one 30-million-character cell, quickly, and stores nothing of it", async () => {
    const { run } = await setup();
    const file = await xlsx([HEADER, ["Batik A", "Siti", "3"], ["Batik B", "Budi", "4"], ["Batik C", "x".repeat(30_000_000), "5"]]);
    expect(file.bytes.byteLength).toBeLessThan(200_000);
    const started = Date.now();
    await expect(run(file)).rejects.toMatchObject({ code: "INVALID_INPUT", details: { importCode: "unpackedTooLarge" } });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await storedBytes()).toBeLessThan(10_000);
    expect(await prisma.sme.count()).toBe(0);
  }, 120_000);

  it("refuses a file with a cell longer than Excel allows, even past the first rows, keeping no cell", async () => {
    const { run } = await setup();
    // Varied text compresses like real data, so only the cell cap can catch it.
    const long = Array.from({ length: MAX_CELL_CHARS + 10 }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26))).join("");
    for (const file of [
      csv([HEADER, ["Batik A", "Siti", "3"], ["Batik B", long, "4"]]),
      await xlsx([HEADER, ["Batik A", "Siti", "3"], ["Batik B", long, "4"]]),
    ]) {
      const batch = await run(file).catch((err: unknown) => err);
      if (batch instanceof Error) {
        expect(batch).toMatchObject({ details: { importCode: "cellTooLong" } });
      } else {
        expect((batch as { status: string }).status).toBe("REJECTED");
        expect(JSON.stringify((batch as { errors: unknown }).errors)).toContain("cellTooLong");
      }
    }
    expect(await storedBytes()).toBeLessThan(10_000);
    expect(await prisma.sme.count()).toBe(0);
  }, 60_000);

  it("still imports a file whose long cells stay within the cap (the field check rejects the row)", async () => {
    const { run } = await setup();
    const batch = await run(csv([HEADER, ["Batik A", "Siti", "3"], ["Batik B", "y".repeat(5_000), "4"]]));
    expect(batch.status).toBe("REJECTED");
    expect(JSON.stringify(batch.errors)).toContain("tooLong");
  });
});
