import { describe, expect, it } from "vitest";
import { importFile } from "@/lib/imports/import-file";
import { readBatchReport } from "@/lib/imports/types";
import { getClusterMonitoring } from "@/lib/monitoring/queries";
import { makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

function csv(rows: string[][], sep = ";"): { name: string; bytes: Uint8Array } {
  return { name: "capaian.csv", bytes: new TextEncoder().encode(rows.map((r) => r.join(sep)).join("\r\n") + "\r\n") };
}

// Indonesian headings, as a provincial office would type them (Excel with `;`).
const HEADER = ["Tahun", "Jumlah UKM", "Tenaga kerja", "Nilai produksi (Rp)", "Nilai ekspor (Rp)", "Sumber data", "Sentra"];
const ROWS = [
  ["2019", "40", "200", "Rp 1.000.000.000", "", "Survei", "Sentra Impor Capaian"],
  ["2020", "42", "190", "900.000.000", "50.000.000", "BPS", "Sentra Impor Capaian"],
  ["2021", "45", "242", "1.210.000.000", "", "Perkiraan", "Sentra Impor Capaian"],
];

async function world() {
  const staff = await actorWithRole("STAFF");
  const cluster = await makeCluster(prisma, { name: "Sentra Impor Capaian" });
  const run = (rows: string[][]) =>
    importFile({ actor: staff, input: { kind: "outcomes", clusterId: cluster.id }, file: csv([HEADER, ...rows]), locale: "id" });
  return { staff, cluster, run };
}

describe("yearly outcomes import", () => {
  it("imports the years of one sentra with audit rows; re-importing the same file changes nothing", async () => {
    const { staff, cluster, run } = await world();
    const first = await run(ROWS);
    expect(first).toMatchObject({ status: "DONE", kind: "OUTCOMES", createdRows: 3, updatedRows: 0, rejectedRows: 0 });
    const stored = await prisma.clusterOutcome.findMany({ where: { clusterId: cluster.id }, orderBy: { year: "asc" } });
    expect(stored.map((o) => [o.year, o.productionValue, o.source])).toEqual([
      [2019, 1_000_000_000n, "SURVEY"],
      [2020, 900_000_000n, "BPS"],
      [2021, 1_210_000_000n, "ESTIMATE"],
    ]);
    expect(await prisma.auditLog.count({ where: { action: "outcome.import_create" } })).toBe(3);

    const again = await run(ROWS);
    expect(again).toMatchObject({ status: "DONE", createdRows: 0, updatedRows: 0 });
    const after = await prisma.clusterOutcome.findMany({ where: { clusterId: cluster.id }, orderBy: { year: "asc" } });
    expect(after.map((o) => o.version)).toEqual([1, 1, 1]);
    expect(after.map((o) => o.updatedAt.getTime())).toEqual(stored.map((o) => o.updatedAt.getTime()));

    // A corrected figure updates that year only, under a new version.
    const corrected = await run([ROWS[0]!, ["2020", "42", "195", "900.000.000", "50.000.000", "BPS", "Sentra Impor Capaian"], ROWS[2]!]);
    expect(corrected).toMatchObject({ status: "DONE", createdRows: 0, updatedRows: 1 });
    const monitoring = await getClusterMonitoring(staff, cluster.id);
    expect(monitoring!.growth.productionValue.cagr).toBeCloseTo(0.1);
  });

  it("a bad row refuses the whole file (all or nothing) with the row, column and reason", async () => {
    const { cluster, run } = await world();
    const batch = await run([
      ROWS[0]!,
      ["2020", "banyak", "190", "900.000.000", "", "Tebakan", "Sentra Impor Capaian"],
      ["2019", "41", "201", "1.000.000.000", "", "Survei", "Sentra Impor Capaian"],
      ["2022", "41", "201", "1.000.000.000", "", "Survei", "Sentra Lain"],
    ]);
    expect(batch).toMatchObject({ status: "REJECTED", createdRows: 0 });
    const report = readBatchReport(batch.errors);
    expect(report.rows.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(report.rows[0]!.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: "Jumlah UKM", code: "integer" }),
        expect.objectContaining({ column: "Sumber data", code: "invalidChoice" }),
      ]),
    );
    expect(report.rows[1]!.issues).toEqual([expect.objectContaining({ code: "yearDuplicateInFile", params: { year: "2019", line: "2" } })]);
    expect(report.rows[2]!.issues).toEqual([expect.objectContaining({ code: "otherCluster" })]);
    expect(await prisma.clusterOutcome.count({ where: { clusterId: cluster.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityType: "ClusterOutcome" } })).toBe(0);
  });

  it("consultants and managers cannot import outcomes", async () => {
    const { cluster } = await world();
    for (const role of ["CONSULTANT", "MANAGER"] as const) {
      const actor = await actorWithRole(role);
      await expect(
        importFile({ actor, input: { kind: "outcomes", clusterId: cluster.id }, file: csv([HEADER, ROWS[0]!]), locale: "id" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.clusterOutcome.count()).toBe(0);
  });
});
