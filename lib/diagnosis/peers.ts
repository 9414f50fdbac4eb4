import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import {
  MIN_PEERS,
  PEER_SETS,
  peerSql,
  type PeerComparison,
  type PeerRow,
  type PeerSet,
  type PeerSubject,
} from "@/lib/diagnosis/peers-sql";

export { MIN_PEERS, type PeerComparison, type PeerSet, type PeerSubject } from "@/lib/diagnosis/peers-sql";

/**
 * Median and quartiles of the peers' dimension and group scores, in one SQL
 * statement (percentile_cont). A peer is another cluster's latest approved primary
 * diagnosis on the same instrument version; the sets are the same commodity
 * nationally, the same province, the same stage; every set is limited to the
 * clusters the viewer may see (clusterScopeSql, the SQL twin of clusterAccessWhere).
 */
export async function peerComparison(viewer: Pick<SessionUser, "id" | "role">, subject: PeerSubject): Promise<PeerComparison[]> {
  const { sql, values: params } = peerSql(viewer, subject);
  const rows = await prisma.$queryRawUnsafe<PeerRow[]>(sql, ...params);
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
