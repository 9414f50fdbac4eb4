import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { clusterListWhere } from "@/lib/clusters/queries";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { moveTargetSearchSchema } from "@/lib/smes/schema";

/** How many matches the move picker shows; a longer list is for narrowing the search, not scrolling. */
const MOVE_TARGET_LIMIT = 20;

export type MoveTarget = { id: string; name: string; area: string };

/**
 * Active clusters an SME may be moved to whose name or commodity contains `q`, with the
 * same rule as the /clusters search (accent- and case-insensitive, access-scoped), minus
 * the SME's current cluster. Only a help for choosing: moveSme checks the target again.
 */
export async function searchMoveTargets({
  actor,
  input,
}: {
  actor: SessionUser;
  input: unknown;
}): Promise<{ clusters: MoveTarget[]; hasMore: boolean }> {
  if (!can(actor.role, "smes:write")) throw new AppError("FORBIDDEN");
  const parsed = moveTargetSearchSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid move search");
  const { q, exclude } = parsed.data;
  const rows = await prisma.cluster.findMany({
    where: { AND: [await clusterListWhere(actor, { q }), exclude ? { id: { not: exclude } } : {}] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    // One more than shown, to tell the user that narrowing the search would find others.
    take: MOVE_TARGET_LIMIT + 1,
    select: { id: true, name: true, province: { select: { name: true } }, regency: { select: { name: true } } },
  });
  return {
    clusters: rows
      .slice(0, MOVE_TARGET_LIMIT)
      .map((r) => ({ id: r.id, name: r.name, area: [r.regency?.name, r.province.name].filter(Boolean).join(", ") })),
    hasMore: rows.length > MOVE_TARGET_LIMIT,
  };
}
