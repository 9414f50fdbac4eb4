import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { diagnosisReadWhere, hasContributed } from "@/lib/diagnosis/access";
import type { Instrument } from "@/lib/diagnosis/engine";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import { ANSWERS_SELECT } from "@/lib/diagnosis/select";
import { nextStatus, type DiagnosisEvent } from "@/lib/diagnosis/transitions";
import { AppError } from "@/lib/errors";

/**
 * The diagnosis a reviewer decides on: visible to them (an assigned consultant or
 * an admin), a primary diagnosis, in a state the event may leave, at the version
 * the reviewer saw, and never one they assessed or edited themselves.
 */
export async function loadForReview(tx: Tx, actor: SessionUser, data: { diagnosisId: string; version: number }, event: DiagnosisEvent) {
  const current = await tx.diagnosis.findFirst({
    where: { AND: [{ id: data.diagnosisId, role: "PRIMARY" }, diagnosisReadWhere(actor)] },
    select: {
      id: true,
      clusterId: true,
      ...ANSWERS_SELECT,
      reviewerId: true,
      reviewComment: true,
      cluster: { select: { provinceCode: true, currentStage: true } },
    },
  });
  if (!current) throw new AppError("NOT_FOUND");
  if (await hasContributed(tx, actor.id, current))
    throw new AppError("FORBIDDEN", "an assessor cannot review their own diagnosis", { reason: "OWN_DIAGNOSIS" });
  const to = nextStatus(current.status, event);
  if (!to)
    throw new AppError("CONFLICT", `cannot ${event} a ${current.status} diagnosis`, {
      reason: "ILLEGAL_TRANSITION",
      status: current.status,
    });
  if (current.version !== data.version) throw new AppError("CONFLICT", "stale version", { reason: "STALE" });
  return { current, to };
}

/** Refuses a reviewer's comment on an indicator the diagnosis' instrument version does not have. */
export function assertCommentIndicators(instrument: Instrument | undefined, comments: ReadonlyArray<{ indicator: string }>): void {
  const index = instrument ? indicatorIndex(instrument) : new Map();
  const unknown = comments.find((c) => !index.has(c.indicator));
  if (unknown)
    throw new AppError("INVALID_INPUT", "comment on an unknown indicator", {
      reason: "ANSWERS",
      issues: [{ indicator: unknown.indicator, key: "unknownIndicator" }],
    });
}
