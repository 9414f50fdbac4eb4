import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { diagnosisReadWhere } from "@/lib/diagnosis/access";
import { evidenceFileName } from "@/lib/diagnosis/schema";
import { AppError } from "@/lib/errors";
import { getStorage, type FileStorage } from "@/lib/storage";

/** An evidence file the user may read, with its bytes; NOT_FOUND otherwise. */
export async function readEvidence({
  actor,
  fileId,
  storage = getStorage(),
}: {
  actor: SessionUser;
  fileId: string;
  storage?: FileStorage;
}) {
  if (!can(actor.role, "diagnosis:read")) throw new AppError("FORBIDDEN");
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(fileId)) throw new AppError("NOT_FOUND");
  const file = await prisma.evidenceFile.findFirst({
    where: { id: fileId, diagnosis: diagnosisReadWhere(actor) },
    select: { fileName: true, contentType: true, storageKey: true },
  });
  if (!file) throw new AppError("NOT_FOUND");
  const bytes = await storage.get(file.storageKey);
  if (!bytes) throw new AppError("NOT_FOUND");
  // Files stored before names followed the detected type are served under a corrected name too.
  return { ...file, fileName: evidenceFileName(file.fileName, file.contentType), bytes };
}
