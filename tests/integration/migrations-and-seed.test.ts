import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { readMigrations } from "@/scripts/lib/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/prisma/seed";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { getSupportComparison } from "@/lib/monitoring/programme-summary";
import { getClusterMonitoring, listAgenda } from "@/lib/monitoring/queries";
import { agendaFilterSchema } from "@/lib/monitoring/schema";
import { DEMO_SEED_TWICE_MS, prisma } from "../support/db";

describe("migrations", () => {
  it("are recorded in _prisma_migrations exactly as prisma migrate deploy would", async () => {
    const migrations = await readMigrations(path.resolve("prisma/migrations"));
    expect(migrations.length).toBeGreaterThan(0);
    const rows = await prisma.$queryRawUnsafe<
      Array<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>
    >(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const m of migrations) {
      const file = await fs.readFile(path.resolve("prisma/migrations", m.name, "migration.sql"));
      const row = rows.find((r) => r.migration_name === m.name)!;
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });
});

describe("demo seed", () => {
  it(
    "loads the 38 provinces and is idempotent",
    async () => {
      const url = process.env.DATABASE_URL!;
      await seedDemo(url, () => {});
      const count = async () => ({
        users: await prisma.user.count(),
        clusters: await prisma.cluster.count(),
        smes: await prisma.sme.count(),
        providers: await prisma.bdsProvider.count(),
        assignments: await prisma.consultantAssignment.count(),
        designated: await prisma.cluster.count({ where: { isDesignated: true } }),
        decisions: await prisma.designationDecision.count(),
        outcomes: await prisma.clusterOutcome.findMany({ orderBy: [{ clusterId: "asc" }, { year: "asc" }], omit: { updatedAt: true } }),
        savingsLines: await prisma.clusterSavingsService.findMany({ orderBy: { clusterId: "asc" }, omit: { updatedAt: true } }),
        organisations: await prisma.smeOrganisation.findMany({ orderBy: { clusterId: "asc" }, omit: { updatedAt: true } }),
      });
      const first = await count();
      await seedDemo(url, () => {});
      expect(await count()).toEqual(first);
      expect(first.clusters).toBeGreaterThanOrEqual(30);
      expect(first.providers).toBe(2);
      // Monitoring: three designated sentra with their outcomes and lines, written once.
      expect(first.designated).toBe(3);
      expect(first.decisions).toBe(3);
      expect(first.outcomes).toHaveLength(4 + 4 + 3);
      expect(first.outcomes.every((o) => o.version === 1)).toBe(true);
      expect(first.savingsLines.map((l) => [l.clusterId, l.status, l.isInsideArea, l.version])).toEqual([
        ["demo-batik-trusmi", "DONE", true, 1],
        ["demo-perak-kotagede", "IN_PROGRESS", false, 1],
      ]);
      expect(first.organisations.map((o) => [o.clusterId, o.status])).toEqual([["demo-perak-kotagede", "DONE"]]);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM province");
      await client.end();
      expect(Number(rows[0]!.n)).toBe(38);

      for (const account of Object.values(DEMO_ACCOUNTS)) {
        const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email } });
        expect(user.role).toBe(account.role);
        expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      }
      const consultant = await prisma.user.findUniqueOrThrow({
        where: { email: DEMO_ACCOUNTS.consultant.email },
        include: { assignments: true },
      });
      expect(consultant.assignments.length).toBeGreaterThan(0);
      expect(consultant.assignments.length).toBeLessThan(first.clusters);

      // What the demo shows at first start: /agenda, the cluster page and the dashboard's comparison.
      const demoUser = async (email: string): Promise<SessionUser> => {
        const u = await prisma.user.findUniqueOrThrow({ where: { email } });
        return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, bdsProviderId: u.bdsProviderId };
      };
      const staff = await demoUser(DEMO_ACCOUNTS.staff.email);
      const agenda = (await listAgenda(staff, agendaFilterSchema.parse({}))).rows;
      expect(agenda.map((r) => [r.name, r.savings.status, r.organisation.status])).toEqual([
        ["Sentra Batik Trusmi", "DONE", "NOT_STARTED"],
        ["Sentra Gerabah Kasongan", "NOT_STARTED", "NOT_STARTED"],
        ["Sentra Kerajinan Perak Kotagede", "IN_PROGRESS", "DONE"],
      ]);
      expect((await listAgenda(await demoUser(DEMO_ACCOUNTS.consultant.email), agendaFilterSchema.parse({}))).total).toBe(2);
      const trusmi = (await getClusterMonitoring(staff, "demo-batik-trusmi"))!;
      expect(trusmi.savingsService).toMatchObject({ status: "DONE", isInsideArea: true, recordedBy: { name: DEMO_ACCOUNTS.staff.name } });
      expect(trusmi.institutions.map((i) => i.id)).toContain(trusmi.savingsService!.institutionId);
      expect(trusmi.servedSmes.count).toBeGreaterThan(0);
      expect(trusmi.growth.productionValue.sinceBaseline).toBeGreaterThan(0);
      expect((await getClusterMonitoring(staff, "demo-gerabah-kasongan"))!.growth.productionValue.sinceBaseline).toBeLessThan(0);
      const comparison = await getSupportComparison(staff);
      expect(comparison.map((g) => g.count)).toEqual([1, 2]);
    },
    DEMO_SEED_TWICE_MS,
  );
});
