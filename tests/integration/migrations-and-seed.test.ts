import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { readMigrations } from "@/scripts/lib/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/prisma/seed";
import { verifyPassword } from "@/lib/auth/password";
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
      });
      const first = await count();
      await seedDemo(url, () => {});
      expect(await count()).toEqual(first);
      expect(first.clusters).toBeGreaterThanOrEqual(30);
      expect(first.providers).toBe(2);

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
    },
    DEMO_SEED_TWICE_MS,
  );
});
