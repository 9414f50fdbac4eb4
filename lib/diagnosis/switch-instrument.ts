import "server-only";
import { z } from "zod";
import { text } from "@/lib/forms/text";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { diagnosisEditWhere } from "@/lib/diagnosis/access";
import { canSwitchToCurrent, CURRENT_INSTRUMENT, getInstrument } from "@/lib/diagnosis/instruments";
import { writeAnswers } from "@/lib/diagnosis/save-draft";
import { answerIssues } from "@/lib/diagnosis/schema";
import { EDITABLE_STATUSES } from "@/lib/diagnosis/transitions";
import { AppError } from "@/lib/errors";
import type { Answers } from "@/lib/diagnosis/answers";

export const switchInstrumentSchema = z.strictObject({
  diagnosisId: text().min(1).max(64),
  version: z.coerce.number().int().positive(),
});

/**
 * Moves an editable primary draft to the current instrument version, answers
 * carried over (the versions share their indicator codes; canSwitchToCurrent checks it).
 * Only on the assessor's request: drafts otherwise keep the version they started with.
 * Optimistic concurrency on `version`; audited as a contributing edit.
 */
export async function switchInstrument({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "diagnosis:fill")) throw new AppError("FORBIDDEN");
  const data = switchInstrumentSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const current = await tx.diagnosis.findFirst({
      where: { AND: [{ id: data.diagnosisId }, diagnosisEditWhere(actor)] },
      select: { id: true, role: true, status: true, version: true, answers: true, instrumentCode: true, instrumentVersion: true },
    });
    if (!current) throw new AppError("NOT_FOUND");
    if (!EDITABLE_STATUSES.includes(current.status)) {
      throw new AppError("CONFLICT", `cannot switch a ${current.status} diagnosis`, {
        reason: "ILLEGAL_TRANSITION",
        status: current.status,
      });
    }
    // A blind second scoring must stay on its primary's version to be comparable.
    if (current.role !== "PRIMARY") throw new AppError("FORBIDDEN", "a second scoring keeps its primary's version");
    if (current.version !== data.version) throw new AppError("CONFLICT", "stale version", { reason: "STALE" });
    if (!canSwitchToCurrent(current.instrumentCode, current.instrumentVersion)) {
      throw new AppError("INVALID_INPUT", "already on the current version or not switchable", { reason: "NOT_SWITCHABLE" });
    }
    // The answers must be valid under the new version too (they are: same indicators, same levels).
    const issues = answerIssues(CURRENT_INSTRUMENT, current.answers as Answers);
    if (issues.length > 0) throw new AppError("INVALID_INPUT", "answers do not fit the current version", { reason: "ANSWERS", issues });
    getInstrument(current.instrumentCode, current.instrumentVersion);
    const saved = await writeAnswers(tx, current.id, current.version, { instrumentVersion: CURRENT_INSTRUMENT.version });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "diagnosis.switch_instrument",
      entityType: "Diagnosis",
      entityId: current.id,
      before: { version: current.version, instrumentCode: current.instrumentCode, instrumentVersion: current.instrumentVersion },
      after: { version: saved.version, instrumentCode: current.instrumentCode, instrumentVersion: CURRENT_INSTRUMENT.version },
    });
    return { version: saved.version, instrumentVersion: CURRENT_INSTRUMENT.version };
  });
}
