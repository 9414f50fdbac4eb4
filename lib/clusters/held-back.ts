import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Clusters whose latest approved diagnosis (latest StageHistory row by decision time, on
 * `instrument` when given) flags `indicator` as holding the cluster back: the population
 * of the dashboard's "holds back" numbers (lib/dashboard/factors.ts, same "latest"), so
 * the list behind a bar shows exactly the clusters counted in it. Not access-scoped: the
 * caller intersects it with the list's `where`, which carries the access rule.
 */
export async function clustersHeldBackBy(indicator: string, instrument?: string): Promise<string[]> {
  const version = (alias: string) =>
    instrument
      ? Prisma.sql`JOIN diagnosis ${Prisma.raw(alias)}d ON ${Prisma.raw(alias)}d.id = ${Prisma.raw(alias)}."diagnosisId" AND ${Prisma.raw(alias)}d."instrumentVersion" = ${instrument}`
      : Prisma.empty;
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT sh."clusterId" AS id
    FROM diagnosis_score ds
    JOIN stage_history sh ON sh."diagnosisId" = ds."diagnosisId"
    ${version("sh")}
    WHERE ds."indicatorCode" = ${indicator} AND ds."holdsBack"
      AND NOT EXISTS (
        SELECT 1 FROM stage_history later
        ${version("later")}
        WHERE later."clusterId" = sh."clusterId" AND (later."decidedAt", later.id) > (sh."decidedAt", sh.id)
      )`;
  return rows.map((r) => r.id);
}
