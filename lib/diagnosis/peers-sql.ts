import type { SessionUser } from "@/lib/auth/session";
import { clusterScopeSql, SqlParams } from "@/lib/clusters/access-sql";
import type { Stage } from "@/lib/diagnosis/engine";

/** Below this many peers a set is not shown as a statistic (issue #13). */
export const MIN_PEERS = 5;

export const PEER_SETS = ["COMMODITY", "PROVINCE", "STAGE"] as const;
export type PeerSet = (typeof PEER_SETS)[number];

/** A metric is "GROWTH_OPPORTUNITY" / "ACTION_CAPACITY" (dimension) or a group code. */
interface PeerStat {
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

/** The one statement behind peerComparison (also replayed by tests/bench/peers.bench.ts). */
export function peerSql(viewer: Pick<SessionUser, "id" | "role">, subject: PeerSubject): { sql: string; values: unknown[] } {
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
  return { sql, values: q.values };
}

export type PeerRow = { peer_set: PeerSet; metric: string; n: number; q1: number; median: number; q3: number; peers: number };
