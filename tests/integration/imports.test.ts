import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importFile } from "@/lib/imports/import-file";
import { correctionsStream } from "@/lib/imports/files";
import type { Translator } from "@/lib/imports/messages";
import { readBatchReport } from "@/lib/imports/types";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import idErrors from "@/lib/i18n/messages/id/errors.json";
import idImports from "@/lib/i18n/messages/id/imports.json";
import { makeCluster, makeProvider, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";
import { CLUSTER_HEADINGS_ID, SME_HEADINGS_ID } from "../support/headings";

function csv(name: string, rows: string[][], sep = ","): { name: string; bytes: Uint8Array } {
  const quote = (c: string) => (/[",;\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return { name, bytes: new TextEncoder().encode(rows.map((r) => r.map(quote).join(sep)).join("\r\n") + "\r\n") };
}

async function xlsx(
  name: string,
  rows: Array<Array<string | number>>,
  percentColumns: number[] = [],
): Promise<{ name: string; bytes: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  for (const r of rows) ws.addRow(r);
  for (const c of percentColumns) ws.getColumn(c).numFmt = "0%";
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

const SME_HEADER = SME_HEADINGS_ID;
const SME_ROWS = [
  [
    "Batik Sekar Jagad",
    "Siti Aminah",
    "P",
    "1234567890123",
    "CV",
    "2005",
    "12",
    "Rp 1.250.000",
    "Rp 25.000.000",
    "Batik tulis",
    "",
    "0812-3456-7890",
  ],
  ["Batik Pringgondani", "Budi Santoso", "L", "", "UD", "1998", "1.250", "Rp1.250.000.000,00", "", "Batik cap", "PT Danar", ""],
  ["Batik Tjokro", "Sri Lestari", "Perempuan", "2234567890123", "", "", "7", "350.000.000", "", "", "", ""],
];

async function smeImport(actorRole: "STAFF" | "ADMIN" = "STAFF") {
  const actor = await actorWithRole(actorRole);
  const cluster = await makeCluster(prisma, { name: "Sentra Batik Laweyan", provinceCode: "33" });
  return { actor, cluster };
}

const run = (
  actor: Awaited<ReturnType<typeof actorWithRole>>,
  clusterId: string | null,
  file: { name: string; bytes: Uint8Array },
  validOnly = false,
) =>
  importFile({
    actor,
    input: { kind: clusterId ? "smes" : "clusters", clusterId: clusterId ?? "", validOnly: validOnly ? "on" : "" },
    file,
    locale: "id",
  });

/** A translator over the Indonesian catalogue, as next-intl would give one. */
function translator(messages: Record<string, unknown>): Translator {
  const get = (key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);
  const t = ((key: string, params?: Record<string, string | number>) =>
    String(get(key) ?? key).replace(/\{(\w+)(?:, plural, [^}]*\{[^}]*\}[^}]*)?\}/g, (_m, p: string) =>
      String(params?.[p] ?? ""),
    )) as Translator;
  t.has = (key) => typeof get(key) === "string";
  return t;
}

async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return new TextDecoder().decode(Buffer.concat(parts));
}

describe("SME import", () => {
  it("imports a valid file with Indonesian headers and Rupiah numbers, with search text and audit rows", async () => {
    const { actor, cluster } = await smeImport();
    const batch = await run(actor, cluster.id, csv("ukm.csv", [SME_HEADER, ...SME_ROWS]));
    expect(batch).toMatchObject({ status: "DONE", totalRows: 3, processedRows: 3, createdRows: 3, updatedRows: 0, rejectedRows: 0 });
    const smes = await prisma.sme.findMany({ where: { clusterId: cluster.id }, orderBy: { businessName: "asc" } });
    expect(smes).toHaveLength(3);
    const sekar = smes.find((s) => s.businessName === "Batik Sekar Jagad")!;
    expect(sekar).toMatchObject({
      ownerGender: "FEMALE",
      nib: "1234567890123",
      annualTurnover: 1_250_000n,
      assets: 25_000_000n,
      workerCount: 12,
      yearStarted: 2005,
    });
    expect(sekar.searchText).toBe("batik sekar jagad siti aminah");
    const pringgondani = smes.find((s) => s.businessName === "Batik Pringgondani")!;
    expect(pringgondani).toMatchObject({
      ownerGender: "MALE",
      nib: null,
      annualTurnover: 1_250_000_000n,
      workerCount: 1250,
      subcontractTo: "PT Danar",
    });
    expect(await prisma.auditLog.count({ where: { action: "sme.import_create", actorId: actor.id } })).toBe(3);
    const summary = await prisma.auditLog.findFirstOrThrow({ where: { action: "import.run", entityId: batch.id } });
    expect(summary.after).toMatchObject({ createdRows: 3, kind: "smes" });
  });

  it("one bad row: nothing is written, and the line, column and reason are reported", async () => {
    const { actor, cluster } = await smeImport();
    const bad = [...SME_ROWS.slice(0, 2), ["Batik Tjokro", "Sri Lestari", "X", "12345", "", "", "tujuh", "", "", "", "", ""]];
    const batch = await run(actor, cluster.id, csv("ukm.csv", [SME_HEADER, ...bad]));
    expect(batch).toMatchObject({ status: "REJECTED", rejectedRows: 1, createdRows: 0 });
    expect(await prisma.sme.count({ where: { clusterId: cluster.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: { startsWith: "sme.import" } } })).toBe(0);
    const report = readBatchReport(batch.errors);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]!.line).toBe(4); // header = line 1
    expect(report.rows[0]!.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: "Jenis Kelamin", code: "invalidChoice" }),
        expect.objectContaining({ column: "NIB", code: "nib" }),
        expect.objectContaining({ column: "Tenaga Kerja", code: "integer" }),
      ]),
    );

    // Fixed: everything goes in; the same file again creates nothing new.
    const fixed = await run(actor, cluster.id, csv("ukm.csv", [SME_HEADER, ...SME_ROWS]));
    expect(fixed).toMatchObject({ status: "DONE", createdRows: 3, updatedRows: 0 });
    const again = await run(actor, cluster.id, csv("ukm.csv", [SME_HEADER, ...SME_ROWS]));
    expect(again).toMatchObject({ status: "DONE", createdRows: 0, updatedRows: 3 });
    expect(await prisma.sme.count({ where: { clusterId: cluster.id } })).toBe(3);
    const updated = await prisma.sme.findFirstOrThrow({ where: { nib: "1234567890123" } });
    expect(updated.version).toBe(2);
  });

  it("re-import matches on NIB, else on the normalised name, and updates only the file's columns", async () => {
    const { actor, cluster } = await smeImport();
    await makeSme(prisma, {
      clusterId: cluster.id,
      businessName: "Batik Sekar Jagad",
      ownerName: "Siti",
      nib: "1234567890123",
      phone: "0271-1111",
    });
    await makeSme(prisma, { clusterId: cluster.id, businessName: "BATIK  Pringgondani", ownerName: "Budi", mainProducts: "Lama" });
    const header = ["nama usaha", "NAMA PEMILIK", "Tenaga kerja", "nib"];
    const batch = await run(
      actor,
      cluster.id,
      csv(
        "ukm.csv",
        [header, ["Sekar Jagad Baru", "Siti Aminah", "15", "1234567890123"], ["Batik Pringgondani", "Budi Santoso", "9", ""]],
        ";",
      ),
    );
    expect(batch).toMatchObject({ status: "DONE", createdRows: 0, updatedRows: 2 });
    const sekar = await prisma.sme.findFirstOrThrow({ where: { nib: "1234567890123" } });
    expect(sekar).toMatchObject({
      businessName: "Sekar Jagad Baru",
      workerCount: 15,
      phone: "0271-1111",
      searchText: "sekar jagad baru siti aminah",
    });
    const pring = await prisma.sme.findFirstOrThrow({ where: { ownerName: "Budi Santoso" } });
    expect(pring).toMatchObject({ businessName: "Batik Pringgondani", mainProducts: "Lama", workerCount: 9 });
  });

  it("refuses a NIB twice in the file and a NIB registered in another cluster", async () => {
    const { actor, cluster } = await smeImport();
    const other = await makeCluster(prisma, { name: "Sentra Lain" });
    await makeSme(prisma, { clusterId: other.id, businessName: "Usaha Lain", nib: "9999999999999" });
    const rows = [
      SME_HEADER,
      ["Usaha A", "Ani", "P", "1111111111111", "", "", "1", "", "", "", "", ""],
      ["Usaha B", "Bagus", "L", "1111111111111", "", "", "1", "", "", "", "", ""],
      ["Usaha C", "Citra", "P", "9999999999999", "", "", "1", "", "", "", "", ""],
      ["Usaha A", "Ani lagi", "P", "", "", "", "1", "", "", "", "", ""],
    ];
    const batch = await run(actor, cluster.id, csv("ukm.csv", rows));
    expect(batch.status).toBe("REJECTED");
    const report = readBatchReport(batch.errors);
    expect(report.rows.map((r) => [r.line, r.issues[0]!.code])).toEqual([
      [3, "nibDuplicateInFile"],
      [4, "nibTaken"],
      [5, "nameDuplicateInFile"],
    ]);
    expect(report.rows[0]!.issues[0]!.params).toEqual({ line: "2" });
    expect(await prisma.sme.count({ where: { clusterId: cluster.id } })).toBe(0);
  });

  it("valid-only mode writes the valid rows and yields a corrections file with a reason column", async () => {
    const { actor, cluster } = await smeImport();
    const rows = [
      SME_HEADER,
      SME_ROWS[0]!,
      ["", "Tanpa Nama", "P", "", "", "", "3", "", "", "", "", ""],
      SME_ROWS[1]!,
      ["Usaha Mahal", "Dewi", "P", "", "", "", "2", "-5", "", "", "", ""],
    ];
    const batch = await run(actor, cluster.id, csv("ukm.csv", rows), true);
    expect(batch).toMatchObject({ status: "DONE", createdRows: 2, rejectedRows: 2, validOnly: true });
    expect(await prisma.sme.count({ where: { clusterId: cluster.id } })).toBe(2);
    const report = readBatchReport(batch.errors);
    expect(report.rows.map((r) => r.line)).toEqual([3, 5]);
    const text = await readStream(correctionsStream(report, "csv", translator(idImports), translator(idErrors)));
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(`${SME_HEADER.join(",")},Alasan`);
    expect(lines[1]).toContain("Nama Usaha: Wajib diisi.");
    expect(lines[2]).toContain("Omzet per Tahun: Tidak boleh negatif.");
    // The corrections file, fixed, imports cleanly.
    const fixed = csv("perbaikan.csv", [
      [...SME_HEADER, "Alasan"],
      ["Usaha Tanpa Nama", "Tanpa Nama", "P", "", "", "", "3", "", "", "", "", "", "x"],
      ["Usaha Mahal", "Dewi", "P", "", "", "", "2", "5.000.000", "", "", "", "", "x"],
    ]);
    expect(await run(actor, cluster.id, fixed)).toMatchObject({ status: "DONE", createdRows: 2 });
  });

  it("reads XLSX, including numbers stored as numbers and percentages", async () => {
    const { actor, cluster } = await smeImport();
    const file = await xlsx("ukm.xlsx", [
      SME_HEADER,
      ["Batik Sekar Jagad", "Siti Aminah", "P", "1234567890123", "CV", 2005, 12, 1250000, "Rp 25.000.000", "Batik", "", "0812345678"],
    ]);
    const batch = await run(actor, cluster.id, file);
    expect(batch).toMatchObject({ status: "DONE", createdRows: 1 });
    expect(await prisma.sme.findFirstOrThrow({ where: { nib: "1234567890123" } })).toMatchObject({
      annualTurnover: 1_250_000n,
      yearStarted: 2005,
      workerCount: 12,
    });

    // A title row above the header is skipped; a cell shown as 20% holds 0.2.
    const clusters = await xlsx(
      "sentra.xlsx",
      [
        ["DATA SENTRA IKM 2026"],
        ["Nama Sentra", "Komoditas", "Provinsi", "Jumlah Tenaga Kerja", "Pangsa Ekspor (%)"],
        ["Sentra Tenun Troso", "Tenun ikat", "Jawa Tengah", 560, 0.2],
      ],
      [5],
    );
    expect(await run(actor, null, clusters)).toMatchObject({ status: "DONE", createdRows: 1 });
    expect(await prisma.cluster.findFirstOrThrow({ where: { name: "Sentra Tenun Troso" } })).toMatchObject({
      exportSharePct: 20,
      workerCount: 560,
    });
  });

  it("refuses bad files before anything is recorded", async () => {
    const { actor, cluster } = await smeImport();
    const cases: Array<[{ name: string; bytes: Uint8Array }, string]> = [
      [{ name: "ukm.pdf", bytes: new TextEncoder().encode("%PDF-1.4") }, "fileType"],
      [{ name: "ukm.xlsx", bytes: new TextEncoder().encode("Nama Usaha,Nama Pemilik") }, "fileType"],
      [{ name: "ukm.csv", bytes: new Uint8Array() }, "fileEmpty"],
      [
        csv("ukm.csv", [
          ["Nama Usaha", "Telepon"],
          ["A", "0812345678"],
        ]),
        "missingColumns",
      ],
      [csv("ukm.csv", [SME_HEADER]), "noRows"],
      [{ name: "ukm.csv", bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(65) }, "fileTooLarge"],
    ];
    for (const [file, code] of cases) {
      await expect(run(actor, cluster.id, file), code).rejects.toMatchObject({ code: "INVALID_INPUT", details: { importCode: code } });
    }
    await expect(run(actor, cluster.id, csv("ukm.csv", [["Nama Usaha"], ["A"]]))).rejects.toMatchObject({
      details: { importCode: "missingColumns", params: { columns: "Nama Pemilik, Tenaga Kerja" } },
    });
    await expect(
      importFile({ actor, input: { kind: "smes", clusterId: "" }, file: csv("ukm.csv", [SME_HEADER, SME_ROWS[0]!]), locale: "id" }),
    ).rejects.toThrow();
    expect(await prisma.importBatch.count()).toBe(0);
    expect(await prisma.sme.count()).toBe(0);
  });

  it.each(["MANAGER", "CONSULTANT"] as const)("refuses %s and records nothing", async (role) => {
    const actor = await actorWithRole(role);
    const cluster = await makeCluster(prisma);
    if (role === "CONSULTANT") await prisma.consultantAssignment.create({ data: { consultantId: actor.id, clusterId: cluster.id } });
    await expect(run(actor, cluster.id, csv("ukm.csv", [SME_HEADER, SME_ROWS[0]!]))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.importBatch.count()).toBe(0);
    expect(await prisma.sme.count()).toBe(0);
  });

  it("refuses an archived cluster", async () => {
    const actor = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma);
    await prisma.cluster.update({ where: { id: cluster.id }, data: { status: "ARCHIVED" } });
    await expect(run(actor, cluster.id, csv("ukm.csv", [SME_HEADER, SME_ROWS[0]!]))).rejects.toMatchObject({
      details: { field: "clusterId", fieldMessage: "unknownCluster" },
    });
  });
});

const CLUSTER_HEADER = [...CLUSTER_HEADINGS_ID, "Penyedia BDS"];

describe("cluster import", () => {
  it("resolves provinces and regencies by code or name, checks nesting, and matches on re-import", async () => {
    const actor = await actorWithRole("ADMIN");
    await makeProvider(prisma, { name: "LPB Mitra Usaha Mandiri" });
    const rows = [
      CLUSTER_HEADER,
      [
        "Sentra Batik Laweyan",
        "Batik tulis",
        "13134",
        "Jawa Tengah",
        "Kota Surakarta",
        "1912",
        "620",
        "Rp 48.000.000.000",
        "20",
        "60",
        "Sri",
        "0271-712345",
        "lpb mitra usaha mandiri",
      ],
      ["Sentra Gerabah Kasongan", "Gerabah", "23931", "34", "Bantul", "1971", "780", "27.500.000.000", "35", "90", "", "", ""],
      ["Sentra Kopi", "Kopi", "", "DKI Jakarta", "", "", "10", "", "", "", "", "", ""],
    ];
    const batch = await run(actor, null, csv("sentra.csv", rows));
    expect(batch).toMatchObject({ status: "DONE", createdRows: 3 });
    const laweyan = await prisma.cluster.findFirstOrThrow({ where: { name: "Sentra Batik Laweyan" }, include: { bdsProvider: true } });
    expect(laweyan).toMatchObject({
      provinceCode: "33",
      regencyCode: "33.72",
      productionValue: 48_000_000_000n,
      exportSharePct: 20,
      searchText: "sentra batik laweyan batik tulis",
    });
    expect(laweyan.bdsProvider?.name).toBe("LPB Mitra Usaha Mandiri");
    expect(await prisma.cluster.findFirstOrThrow({ where: { name: "Sentra Gerabah Kasongan" } })).toMatchObject({
      provinceCode: "34",
      regencyCode: "34.02",
    });
    expect(await prisma.cluster.findFirstOrThrow({ where: { name: "Sentra Kopi" } })).toMatchObject({
      provinceCode: "31",
      regencyCode: null,
    });

    const again = await run(actor, null, csv("sentra.csv", rows));
    expect(again).toMatchObject({ status: "DONE", createdRows: 0, updatedRows: 3 });
    expect(await prisma.cluster.count()).toBe(3);
    expect(await prisma.auditLog.count({ where: { action: "cluster.import_update" } })).toBe(3);
  });

  it("rejects unknown, ambiguous and mismatched areas and an unknown provider", async () => {
    const actor = await actorWithRole("STAFF");
    const rows = [
      CLUSTER_HEADER,
      ["Sentra A", "Batik", "", "Jawa Tengah", "Kota Yogyakarta", "", "1", "", "", "", "", "", ""],
      ["Sentra B", "Batik", "", "Jawa Barat", "Bogor", "", "1", "", "", "", "", "", ""],
      ["Sentra C", "Batik", "", "Atlantis", "", "", "1", "", "", "", "", "", ""],
      ["Sentra D", "Batik", "", "33", "34.02", "", "1", "", "", "", "", "", "Penyedia Hantu"],
      ["Sentra E", "Batik", "1313", "Jawa Tengah", "Kabupaten Jepara", "2999", "-1", "", "120", "", "", "", ""],
    ];
    const batch = await run(actor, null, csv("sentra.csv", rows));
    expect(batch.status).toBe("REJECTED");
    const report = readBatchReport(batch.errors);
    const codes = Object.fromEntries(report.rows.map((r) => [r.line, r.issues.map((i) => `${i.column}:${i.code}`)]));
    expect(codes[2]).toEqual(["Kabupaten/Kota:unknownArea"]);
    expect(codes[3]).toEqual(["Kabupaten/Kota:ambiguousArea"]);
    expect(codes[4]).toEqual(["Provinsi:unknownArea"]);
    expect(codes[5]).toEqual(["Kabupaten/Kota:areaMismatch", "Penyedia BDS:unknownProvider"]);
    expect(codes[6]).toEqual(["Kode KBLI:kbli", "Tahun Berdiri:atMost", "Jumlah Tenaga Kerja:notNegative", "Pangsa Ekspor (%):atMost"]);
    expect(await prisma.cluster.count()).toBe(0);
  });
});
