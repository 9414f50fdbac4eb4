import type { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as clusterOutcomesGet } from "@/app/api/export/clusters/[clusterId]/outcomes/route";
import { GET as agendaOutcomesGet } from "@/app/api/export/outcomes/route";
import type { SessionUser } from "@/lib/auth/session";
import { exportAgendaOutcomes, exportClusterOutcomes } from "@/lib/exports/outcomes";
import type { TableFormat } from "@/lib/exports/table-stream";
import type { AppLocale } from "@/lib/i18n/config";
import { en as enMessages, id as idMessages } from "@/lib/i18n/messages";
import { importFile } from "@/lib/imports/import-file";
import { agendaFilterSchema } from "@/lib/monitoring/schema";
import { assign, makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";
import { request, resetRequest } from "../support/action-request";
import { signIn } from "../support/sign-in";

// The route handlers run inside a request (tests/support/action-request.ts), in English.
vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());
vi.mock("next-intl/server", async () => (await import("../support/action-request")).nextIntlServer());

beforeEach(resetRequest);

const MESSAGES = { id: idMessages, en: enMessages };
const translator = (locale: AppLocale, namespace: "imports" | "monitoring.outcomes") => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never });
  return (key: string) => t(key as never);
};

async function designated(name: string, provinceCode = "33") {
  const cluster = await makeCluster(prisma, { name, provinceCode });
  return prisma.cluster.update({ where: { id: cluster.id }, data: { isDesignated: true } });
}

/** Three years with every kind of cell: an empty export value, a share, a turnover, each source. */
async function series(clusterId: string, recordedById: string) {
  const years = [
    {
      year: 2019,
      smeCount: 40,
      workerCount: 200,
      productionValue: 1_000_000_000n,
      exportValue: null,
      exportSharePct: 12,
      averageTurnover: 25_000_000n,
      source: "SURVEY" as const,
    },
    {
      year: 2020,
      smeCount: 42,
      workerCount: 190,
      productionValue: 912_345_678n,
      exportValue: 50_000_000n,
      exportSharePct: null,
      averageTurnover: null,
      source: "BPS" as const,
    },
    {
      year: 2021,
      smeCount: 45,
      workerCount: 242,
      productionValue: 123_456_789_012n,
      exportValue: null,
      exportSharePct: null,
      averageTurnover: null,
      source: "ESTIMATE" as const,
    },
  ];
  for (const y of years) await prisma.clusterOutcome.create({ data: { ...y, clusterId, recordedById } });
}

const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());
const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);

async function exportFile(actor: SessionUser, clusterId: string, format: TableFormat, locale: AppLocale) {
  const { stream } = await exportClusterOutcomes({ actor, clusterId, format, locale, t: translator(locale, "imports") });
  return { name: `capaian.${format}`, bytes: await bytesOf(stream) };
}

const stored = async (clusterId: string) =>
  JSON.stringify(await prisma.clusterOutcome.findMany({ where: { clusterId }, orderBy: { year: "asc" } }), (_k, v: unknown) =>
    typeof v === "bigint" ? String(v) : v,
  );

describe("a sentra's yearly outcome export", () => {
  it("writes the import's Indonesian headings, whole Rupiah as plain integers and the sources as the import's words", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Ekspor Capaian");
    await series(cluster.id, staff.id);
    const file = await exportFile(staff, cluster.id, "csv", "id");
    expect(lines(new TextDecoder().decode(file.bytes))).toEqual([
      "Sentra,Tahun,Jumlah UKM,Tenaga kerja,Nilai produksi (Rp),Nilai ekspor (Rp),Pangsa ekspor (%),Rata-rata omzet UKM (Rp),Sumber data",
      "Sentra Ekspor Capaian,2019,40,200,1000000000,,12,25000000,Survei",
      "Sentra Ekspor Capaian,2020,42,190,912345678,50000000,,,BPS",
      "Sentra Ekspor Capaian,2021,45,242,123456789012,,,,Perkiraan",
    ]);
  });

  for (const [format, locale] of [
    ["csv", "id"],
    ["xlsx", "id"],
    ["xlsx", "en"],
  ] as const) {
    it(`re-imports unchanged (${format}, ${locale}): nothing created, updated or audited; into an emptied sentra it restores the same figures`, async () => {
      const staff = await actorWithRole("STAFF");
      const cluster = await designated("Sentra Pulang Pergi");
      await series(cluster.id, staff.id);
      const before = await stored(cluster.id);
      const file = await exportFile(staff, cluster.id, format, locale);
      const run = () => importFile({ actor: staff, input: { kind: "outcomes", clusterId: cluster.id }, file, locale });

      expect(await run()).toMatchObject({ status: "DONE", createdRows: 0, updatedRows: 0, rejectedRows: 0 });
      expect(await stored(cluster.id)).toBe(before);
      expect(await prisma.auditLog.count({ where: { entityType: "ClusterOutcome" } })).toBe(0);

      // The file carries every figure: imported into the emptied sentra, the same values come back.
      const figures = async () =>
        (
          await prisma.clusterOutcome.findMany({
            where: { clusterId: cluster.id },
            orderBy: { year: "asc" },
            omit: { id: true, createdAt: true, updatedAt: true, version: true },
          })
        ).map((o) => JSON.stringify(o, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)));
      const expected = await figures();
      await prisma.clusterOutcome.deleteMany({ where: { clusterId: cluster.id } });
      expect(await run()).toMatchObject({ status: "DONE", createdRows: 3, updatedRows: 0 });
      expect(await figures()).toEqual(expected);
    });
  }

  it("a manager and the assigned consultant export; another consultant's sentra is not found", async () => {
    const staff = await actorWithRole("STAFF");
    const mine = await designated("Sentra Konsultan Saya");
    const other = await designated("Sentra Rahasia Lain");
    await series(mine.id, staff.id);
    await series(other.id, staff.id);
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, mine.id);
    const manager = await actorWithRole("MANAGER");

    for (const actor of [manager, consultant]) {
      expect(lines(new TextDecoder().decode((await exportFile(actor, mine.id, "csv", "id")).bytes))).toHaveLength(4);
    }
    await expect(exportFile(consultant, other.id, "csv", "id")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the route answers a named attachment; another consultant's sentra is 404 without its name; no session is 401", async () => {
    const staff = await actorWithRole("STAFF");
    const mine = await designated("Sentra Rute Saya");
    const other = await designated("Sentra Rute Tersembunyi");
    await series(mine.id, staff.id);
    await series(other.id, staff.id);
    const consultant = await signIn("CONSULTANT");
    await assign(prisma, consultant.id, mine.id);

    const ok = await routeGet(mine.id, "format=xlsx");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Type")).toContain("spreadsheetml");
    expect(ok.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="Yearly-outcomes-Sentra-Rute-Saya-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const csv = await routeGet(mine.id, "");
    expect(lines(await csv.text())[0]).toBe(
      "Centre,Year,SMEs,Workers,Production value (IDR),Export value (IDR),Export share (%),Average SME turnover (IDR),Source",
    );

    const hidden = await routeGet(other.id, "format=csv");
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).not.toContain("Tersembunyi");
    request.cookies.clear();
    expect((await routeGet(mine.id, "format=csv")).status).toBe(401);
  });
});

describe("the national outcome export from /agenda", () => {
  it("holds the designated sentra in the viewer's scope with the list's filters, each row naming its sentra's id", async () => {
    const staff = await actorWithRole("STAFF");
    const central = await designated("Sentra Nasional Jateng", "33");
    const yogya = await designated("Sentra Nasional DIY", "34");
    const plain = await makeCluster(prisma, { name: "Sentra Tidak Ditetapkan" });
    for (const c of [central, yogya, plain]) await series(c.id, staff.id);
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, yogya.id);

    const file = async (actor: SessionUser, filter: Record<string, string> = {}) =>
      lines(
        new TextDecoder().decode(
          await bytesOf(
            exportAgendaOutcomes({
              actor,
              filter: agendaFilterSchema.parse(filter),
              format: "csv",
              locale: "id",
              t: translator("id", "imports"),
              tm: translator("id", "monitoring.outcomes"),
            }),
          ),
        ),
      );
    const all = await file(staff);
    expect(all[0]).toBe(
      "ID sentra,Sentra,Provinsi,Tahun,Jumlah UKM,Tenaga kerja,Nilai produksi (Rp),Nilai ekspor (Rp),Pangsa ekspor (%),Rata-rata omzet UKM (Rp),Sumber data",
    );
    expect(all).toHaveLength(7);
    expect(all.join("\n")).not.toContain("Tidak Ditetapkan");
    // Each sentra's years together, in order.
    const firstCentral = all.findIndex((l) => l.startsWith(`${central.id},`));
    expect(all.slice(firstCentral, firstCentral + 3).map((l) => l.split(",")[3])).toEqual(["2019", "2020", "2021"]);
    expect(all).toContain(`${central.id},Sentra Nasional Jateng,Jawa Tengah,2020,42,190,912345678,50000000,,,BPS`);

    const province = await file(staff, { province: "34" });
    expect(province.slice(1).every((l) => l.startsWith(`${yogya.id},Sentra Nasional DIY,`))).toBe(true);
    expect(province).toHaveLength(4);
    const theirs = await file(consultant);
    expect(theirs).toHaveLength(4);
    expect(theirs.join("\n")).not.toContain("Jateng");

    // The route: the same list, as the signed-in consultant.
    const signedIn = await signIn("CONSULTANT");
    await assign(prisma, signedIn.id, central.id);
    const url = "http://localhost/api/export/outcomes?format=csv";
    const res = await agendaOutcomesGet(Object.assign(new Request(url), { nextUrl: new URL(url) }) as unknown as NextRequest);
    expect(res.status).toBe(200);
    const body = lines(await res.text());
    expect(body[0]).toMatch(/^Centre ID,Centre,Province,Year,/);
    expect(body).toHaveLength(4);
    expect(body.slice(1).every((l) => l.startsWith(`${central.id},`))).toBe(true);
  });
});

function routeGet(clusterId: string, query: string): Promise<Response> {
  return clusterOutcomesGet(new Request(`http://localhost/api/export/clusters/${clusterId}/outcomes?${query}`), {
    params: Promise.resolve({ clusterId }),
  });
}
