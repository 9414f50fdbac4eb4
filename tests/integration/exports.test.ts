import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { clusterListParams } from "@/lib/clusters/queries";
import { exportClusters } from "@/lib/exports/clusters";
import { exportSmes } from "@/lib/exports/smes";
import { importFile } from "@/lib/imports/import-file";
import { smeListParams } from "@/lib/smes/queries";
import idImports from "@/lib/i18n/messages/id/imports.json";
import idStages from "@/lib/i18n/messages/id/stages.json";
import { assign, makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";
import { SME_HEADINGS_ID } from "../support/headings";

const get = (messages: Record<string, unknown>) => (key: string) =>
  String(key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], messages) ?? key);
const t = get(idImports);
const stageLabel = get(idStages);

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}

/** A simple CSV reader for what tableStream writes (quoted fields, CRLF rows). */
function parseCsv(buffer: Buffer): string[][] {
  const text = buffer.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  return rows;
}

async function parseXlsx(buffer: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe("cluster export", () => {
  it("a consultant's export holds only the assigned clusters", async () => {
    const a = await makeCluster(prisma, { name: "Sentra Batik Laweyan", provinceCode: "33", productionValue: 48_000_000_000n });
    await makeCluster(prisma, { name: "Sentra Batik Trusmi", provinceCode: "32" });
    await makeSme(prisma, { clusterId: a.id, businessName: "Batik Sekar" });
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, a.id);
    const rows = parseCsv(
      await bytesOf(exportClusters({ actor: consultant, params: clusterListParams.parse({}), format: "csv", t, stageLabel })),
    );
    expect(rows[0]!.slice(0, 5)).toEqual(["Nama Sentra", "Komoditas", "Kode KBLI", "Kode Provinsi", "Provinsi"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["Sentra Batik Laweyan"]);
    // Rupiah as a plain integer.
    expect(rows[1]![rows[0]!.indexOf("Nilai Produksi (Rp)")]).toBe("48000000000");
    expect(rows[1]![rows[0]!.indexOf("Jumlah UKM")]).toBe("1");

    const staff = await actorWithRole("STAFF");
    const all = parseCsv(
      await bytesOf(exportClusters({ actor: staff, params: clusterListParams.parse({}), format: "csv", t, stageLabel })),
    );
    expect(all).toHaveLength(3);
    const filtered = parseCsv(
      await bytesOf(
        exportClusters({ actor: staff, params: clusterListParams.parse({ province: "32", page: "3" }), format: "csv", t, stageLabel }),
      ),
    );
    expect(filtered.slice(1).map((r) => r[0])).toEqual(["Sentra Batik Trusmi"]);
    expect(() =>
      exportClusters({ actor: { ...staff, role: "GUEST" as never }, params: clusterListParams.parse({}), format: "csv", t, stageLabel }),
    ).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("streams every page in the list's order, and an XLSX export re-imports without duplicates", async () => {
    const staff = await actorWithRole("STAFF");
    const names = Array.from({ length: 4_150 }, (_, i) => `Sentra ${String(i).padStart(5, "0")}`);
    await prisma.cluster.createMany({
      data: names.map((name, i) => ({ name, commodity: "Batik", provinceCode: "33", workerCount: i % 3, searchText: name.toLowerCase() })),
    });
    const desc = parseCsv(
      await bytesOf(exportClusters({ actor: staff, params: clusterListParams.parse({ dir: "desc" }), format: "csv", t, stageLabel })),
    );
    expect(desc.slice(1).map((r) => r[0])).toEqual([...names].reverse());
    const byWorkers = parseCsv(
      await bytesOf(exportClusters({ actor: staff, params: clusterListParams.parse({ sort: "workers" }), format: "csv", t, stageLabel })),
    );
    expect(new Set(byWorkers.slice(1).map((r) => r[0])).size).toBe(4_150);

    const xlsx = await bytesOf(
      exportClusters({ actor: staff, params: clusterListParams.parse({ q: "Sentra 0001" }), format: "xlsx", t, stageLabel }),
    );
    const sheet = await parseXlsx(xlsx);
    expect(sheet).toHaveLength(11); // header + Sentra 00010…00019
    const batch = await importFile({
      actor: staff,
      input: { kind: "clusters" },
      file: { name: "ekspor.xlsx", bytes: new Uint8Array(xlsx) },
      locale: "id",
    });
    expect(batch).toMatchObject({ status: "DONE", createdRows: 0, updatedRows: 10 });
    expect(await prisma.cluster.count()).toBe(4_150);
  });
});

describe("SME export", () => {
  it("uses the list's filters and access rule, with labels and plain Rupiah", async () => {
    const a = await makeCluster(prisma, { name: "Sentra A" });
    const b = await makeCluster(prisma, { name: "Sentra B" });
    await makeSme(prisma, {
      clusterId: a.id,
      businessName: "Batik Sekar",
      ownerName: "Siti",
      ownerGender: "FEMALE",
      annualTurnover: 1_250_000n,
      phone: "+62 812 3456 789",
    });
    await makeSme(prisma, { clusterId: b.id, businessName: "Batik Lain", ownerName: "Budi", ownerGender: "MALE" });
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, a.id);
    const rows = parseCsv(await bytesOf(exportSmes({ actor: consultant, params: smeListParams.parse({}), format: "csv", t })));
    expect(rows[0]).toEqual(["Sentra", ...SME_HEADINGS_ID]);
    expect(rows.slice(1)).toEqual([
      ["Sentra A", "Batik Sekar", "Siti", "Perempuan", "", "", "", "1", "1250000", "", "", "", "'+62 812 3456 789"],
    ]);

    const staff = await actorWithRole("STAFF");
    const xlsx = await parseXlsx(
      await bytesOf(exportSmes({ actor: staff, params: smeListParams.parse({ gender: "MALE" }), format: "xlsx", t })),
    );
    expect(xlsx.slice(1).map((r) => r[1])).toEqual(["Batik Lain"]);

    // A one-centre export goes back into its centre as updates; into another centre it is refused.
    const own = await bytesOf(exportSmes({ actor: staff, params: smeListParams.parse({ cluster: a.id }), format: "csv", t }));
    expect(
      await importFile({
        actor: staff,
        input: { kind: "smes", clusterId: a.id },
        file: { name: "ukm.csv", bytes: new Uint8Array(own) },
        locale: "id",
      }),
    ).toMatchObject({ status: "DONE", updatedRows: 1 });
    expect((await prisma.sme.findFirstOrThrow({ where: { businessName: "Batik Sekar" } })).phone).toBe("+62 812 3456 789");
    const wrong = await importFile({
      actor: staff,
      input: { kind: "smes", clusterId: b.id },
      file: { name: "ukm.csv", bytes: new Uint8Array(own) },
      locale: "id",
    });
    expect(wrong).toMatchObject({ status: "REJECTED", rejectedRows: 1 });
    expect(await prisma.sme.count()).toBe(2);
  });
});
