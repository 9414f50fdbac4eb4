import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { clusterScopeSql, SqlParams } from "@/lib/clusters/access-sql";
import { prisma } from "@/lib/db";
import type { Stage } from "@/lib/diagnosis/engine";

/** Below this many peers a set is not shown as a statistic (issue #13). */
export const MIN_PEERS = 5;

export const PEER_SETS = ["COMMODITY", "PROVINCE", "STAGE"] as const;
export type PeerSet = (typeof PEER_SETS)[number];

/** A metric is "GROWTH_OPPORTUNITY" / "ACTION_CAPACITY" (dimension) or a group code. */
export interface PeerStat {
  metric: string;
  count: number;
  q1: number;
  median: number;
  q3: number;
}

export interface PeerComparison {
  set: PeerSet;
  /** The commodity, province code or stage the set shares with the cluster. */
  value: string;
  /** Peer clusters in the set (after the viewer's access scope). */
  count: number;
  /** Empty when count < MIN_PEERS: too few to show as a statistic. */
  stats: PeerStat[];
}

export interface PeerSubject {
  diagnosisId: string;
  clusterId: string;
  commodity: string;
  provinceCode: string;
  stage: Stage;
  instrumentCode: string;
  instrumentVersion: string;
}

/**
 * Median and quartiles of the peers' dimension and group scores, in one SQL
 * statement (percentile_cont). A peer is another cluster's latest approved primary
 * diagnosis on the same instrument version; the sets are the same commodity
 * nationally, the same province, the same stage; every set is limited to the
 * clusters the viewer may see (clusterScopeSql, the SQL twin of clusterAccessWhere).
 */
export async function peerComparison(viewer: Pick<SessionUser, "id" | "role">, subject: PeerSubject): Promise<PeerComparison[]> {
  const q = new SqlParams();
  const code = q.p(subject.instrumentCode);
  const version = q.p(subject.instrumentVersion);
  const self = q.p(subject.clusterId);
  const commodity = q.p(subject.commodity);
  const province = q.p(subject.provinceCode);
  const stage = q.p(subject.stage);
  const scope = clusterScopeSql(viewer, q, 'd."clusterId"');
  const sql = `
    WITH latest AS (
      SELECT DISTINCT ON (d."clusterId") d.id, d."clusterId", d."growthScore", d."actionScore", d."resultStage"::text AS stage,
             c.commodity, c."provinceCode"
        FROM diagnosis d JOIN cluster c ON c.id = d."clusterId"
       WHERE d.status = 'APPROVED' AND d.role = 'PRIMARY' AND d."instrumentCode" = ${code} AND d."instrumentVersion" = ${version}
         AND d."clusterId" <> ${self} AND c.status <> 'ARCHIVED' AND (${scope})
         AND (c.commodity = ${commodity} OR c."provinceCode" = ${province} OR d."resultStage"::text = ${stage})
       ORDER BY d."clusterId", d."approvedAt" DESC NULLS LAST, d.id DESC
    ),
    peer AS (
      SELECT 'COMMODITY' AS peer_set, l.* FROM latest l WHERE l.commodity = ${commodity}
      UNION ALL SELECT 'PROVINCE', l.* FROM latest l WHERE l."provinceCode" = ${province}
      UNION ALL SELECT 'STAGE', l.* FROM latest l WHERE l.stage = ${stage}
    ),
    metric AS (
      SELECT p.peer_set, 'GROWTH_OPPORTUNITY' AS metric, p."growthScore" AS v FROM peer p
      UNION ALL SELECT p.peer_set, 'ACTION_CAPACITY', p."actionScore" FROM peer p
      UNION ALL SELECT p.peer_set, s."groupCode", s.score
        FROM peer p JOIN diagnosis_score s ON s."diagnosisId" = p.id AND s."indicatorCode" IS NULL
    )
    SELECT m.peer_set, m.metric, count(m.v)::int AS n,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY m.v) AS q1,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY m.v) AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY m.v) AS q3,
           (SELECT count(*)::int FROM peer x WHERE x.peer_set = m.peer_set) AS peers
      FROM metric m WHERE m.v IS NOT NULL
     GROUP BY m.peer_set, m.metric`;
  const rows = await prisma.$queryRawUnsafe<
    Array<{ peer_set: PeerSet; metric: string; n: number; q1: number; median: number; q3: number; peers: number }>
  >(sql, ...q.values);
  const values: Record<PeerSet, string> = { COMMODITY: subject.commodity, PROVINCE: subject.provinceCode, STAGE: subject.stage };
  return PEER_SETS.map((set) => {
    const mine = rows.filter((r) => r.peer_set === set);
    const count = mine.reduce((max, r) => Math.max(max, r.peers), 0);
    return {
      set,
      value: values[set],
      count,
      stats:
        count < MIN_PEERS
          ? []
          : mine.map((r) => ({ metric: r.metric, count: r.n, q1: Number(r.q1), median: Number(r.median), q3: Number(r.q3) })),
    };
  });
}
