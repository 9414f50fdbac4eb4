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
  // The latest approved diagnosis of every cluster first, the sets after: the stage is the
  // diagnosis's, so filtering by it before picking the latest would count a cluster by an
  // older diagnosis at that stage. Approved rows always carry approvedAt (approve-diagnosis.ts).
  // Group scores come from diagnosis_score_group_idx (index-only: docs/performance.md).
  const sql = `
    WITH latest AS (
      SELECT DISTINCT ON (d."clusterId") d.id, d."clusterId", d."growthScore", d."actionScore", d."resultStage"::text AS stage
        FROM diagnosis d
       WHERE d."instrumentCode" = ${code} AND d."instrumentVersion" = ${version} AND d.status = 'APPROVED' AND d.role = 'PRIMARY'
         AND d."approvedAt" IS NOT NULL AND d."clusterId" <> ${self} AND (${scope})
       ORDER BY d."clusterId", d."approvedAt" DESC, d.id DESC
    ),
    peer AS (
      SELECT l.*, c.commodity, c."provinceCode"
        FROM latest l JOIN cluster c ON c.id = l."clusterId"
       WHERE c.status <> 'ARCHIVED' AND (c.commodity = ${commodity} OR c."provinceCode" = ${province} OR l.stage = ${stage})
    ),
    in_set AS (
      SELECT 'COMMODITY' AS peer_set, p.* FROM peer p WHERE p.commodity = ${commodity}
      UNION ALL SELECT 'PROVINCE', p.* FROM peer p WHERE p."provinceCode" = ${province}
      UNION ALL SELECT 'STAGE', p.* FROM peer p WHERE p.stage = ${stage}
    ),
    counted AS (SELECT peer_set, count(*)::int AS peers FROM in_set GROUP BY peer_set),
    metric AS (
      SELECT p.peer_set, 'GROWTH_OPPORTUNITY' AS metric, p."growthScore" AS v FROM in_set p
      UNION ALL SELECT p.peer_set, 'ACTION_CAPACITY', p."actionScore" FROM in_set p
      UNION ALL SELECT p.peer_set, s."groupCode", s.score
        FROM in_set p JOIN diagnosis_score s ON s."diagnosisId" = p.id AND s."indicatorCode" IS NULL
    )
    SELECT m.peer_set, m.metric, count(m.v)::int AS n,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY m.v) AS q1,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY m.v) AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY m.v) AS q3,
           min(c.peers) AS peers
      FROM metric m JOIN counted c ON c.peer_set = m.peer_set
     WHERE m.v IS NOT NULL
     GROUP BY m.peer_set, m.metric`;
  return { sql, values: q.values };
}

export type PeerRow = { peer_set: PeerSet; metric: string; n: number; q1: number; median: number; q3: number; peers: number };
