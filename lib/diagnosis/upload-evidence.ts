import "server-only";
import { randomBytes } from "node:crypto";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { diagnosisEditWhere } from "@/lib/diagnosis/access";
import { findInstrument } from "@/lib/diagnosis/instruments";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import { deleteStoredEvidence } from "@/lib/diagnosis/remove-evidence";
import { detectEvidenceType, evidenceFileName, evidenceUploadSchema } from "@/lib/diagnosis/schema";
import { EDITABLE_STATUSES } from "@/lib/diagnosis/transitions";
import { AppError } from "@/lib/errors";
import { getStorage, type StorageVerbArgs } from "@/lib/storage";

export interface UploadInput {
  diagnosisId: unknown;
  indicatorCode: unknown;
  file: { name: string; size: number; bytes: Uint8Array } | null;
}

/**
 * Stores one evidence file (image or PDF, at most 5 MB, type from its first
 * bytes) for one indicator of an editable diagnosis. The answer then points at
 * it through the next save. The file is written first and removed again if the
 * database refuses the row, so nothing half-made is left.
 */
export async function uploadEvidence({ actor, input, storage = getStorage() }: StorageVerbArgs<UploadInput>) {
  if (!can(actor.role, "diagnosis:fill")) throw new AppError("FORBIDDEN");
  const data = evidenceUploadSchema.parse({ ...input, file: input.file ? { name: input.file.name, size: input.file.size } : undefined });
  const bytes = input.file!.bytes;
  if (bytes.byteLength !== data.file.size)
    throw new AppError("INVALID_INPUT", "size mismatch", { field: "file", fieldMessage: "fileType" });
  const contentType = detectEvidenceType(bytes);
  if (!contentType) throw new AppError("INVALID_INPUT", "not an image or PDF", { field: "file", fieldMessage: "fileType" });

  const diagnosis = await prisma.diagnosis.findFirst({
    where: { AND: [{ id: data.diagnosisId, status: { in: EDITABLE_STATUSES } }, diagnosisEditWhere(actor)] },
    select: { id: true, instrumentCode: true, instrumentVersion: true },
  });
  if (!diagnosis) throw new AppError("NOT_FOUND");
  const instrument = findInstrument(diagnosis.instrumentCode, diagnosis.instrumentVersion);
  if (!instrument || !indicatorIndex(instrument).has(data.indicatorCode)) {
    throw new AppError("INVALID_INPUT", "unknown indicator", { field: "indicatorCode", fieldMessage: "unknownIndicator" });
  }
  const storageKey = `evidence/${diagnosis.id}/${randomBytes(12).toString("hex")}`;
  const fileName = evidenceFileName(data.file.name, contentType);
  await storage.put(storageKey, bytes);
  try {
    return await prisma.$transaction(async (tx) => {
      const file = await tx.evidenceFile.create({
        data: {
          diagnosisId: diagnosis.id,
          indicatorCode: data.indicatorCode,
          fileName,
          contentType,
          size: bytes.byteLength,
          storageKey,
          uploadedById: actor.id,
        },
        select: { id: true, fileName: true, contentType: true, size: true, indicatorCode: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "diagnosis.upload_evidence",
        entityType: "Diagnosis",
        entityId: diagnosis.id,
        after: file,
      });
      return file;
    });
  } catch (err) {
    await deleteStoredEvidence(storage, [storageKey]);
    throw err;
  }
}
