import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { deleteStoredEvidence } from "@/lib/diagnosis/remove-evidence";
import { MAX_FILE_BYTES } from "@/lib/diagnosis/limits";
import { detectEvidenceType, evidenceFileName } from "@/lib/diagnosis/schema";
import { AppError } from "@/lib/errors";
import { text } from "@/lib/forms/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FileStorage } from "@/lib/storage";

/** A file as a caller hands it over: from a form's File, or bytes from a script or test. */
interface AgendaEvidenceUpload {
  name: string;
  size: number;
  bytes: Uint8Array;
}

/** The evidence columns an agenda line row carries (ClusterSavingsService, SmeOrganisation, BdsStrengthening). */
export interface AgendaEvidenceColumns {
  evidenceKey: string | null;
  evidenceFileName: string | null;
  evidenceContentType: string | null;
  evidenceSize: number | null;
}

const NO_EVIDENCE: AgendaEvidenceColumns = {
  evidenceKey: null,
  evidenceFileName: null,
  evidenceContentType: null,
  evidenceSize: null,
};

const invalid = (fieldMessage: string) => new AppError("INVALID_INPUT", fieldMessage, { field: "evidence", fieldMessage });

const uploadSchema = z.object({
  name: text().trim().min(1, "evidenceEmpty").max(200, "evidenceName"),
  size: z.number().int().min(1, "evidenceEmpty").max(MAX_FILE_BYTES, "evidenceTooLarge"),
});

/**
 * The optional file field of an agenda form. An empty file input (no bytes) is "no new
 * file"; anything else must be a non-empty image or PDF of at most 5 MB,
 * its type read from its first bytes (the name and the browser's claim are ignored).
 */
async function readAgendaEvidence(value: unknown): Promise<(AgendaEvidenceUpload & { contentType: string }) | null> {
  let upload: AgendaEvidenceUpload;
  if (value instanceof Blob) {
    // An empty file input reaches a server action as an empty blob whose name varies
    // (none, "", "blob"): no bytes is no new file.
    if (value.size === 0) return null;
    const name = value instanceof File ? value.name : "";
    // Checked before reading, so an oversized body is never copied again.
    const parsed = uploadSchema.safeParse({ name, size: value.size });
    if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
    upload = { name: parsed.data.name, size: value.size, bytes: new Uint8Array(await value.arrayBuffer()) };
  } else if (value && typeof value === "object" && "bytes" in value) {
    const { name, bytes } = value as { name?: unknown; bytes?: unknown };
    if (!(bytes instanceof Uint8Array)) throw invalid("evidenceEmpty");
    const parsed = uploadSchema.safeParse({ name, size: bytes.byteLength });
    if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
    upload = { name: parsed.data.name, size: bytes.byteLength, bytes };
  } else if (value == null || value === "") {
    return null;
  } else {
    throw invalid("evidenceEmpty");
  }
  if (upload.bytes.byteLength !== upload.size) throw invalid("evidenceEmpty");
  const contentType = detectEvidenceType(upload.bytes);
  if (!contentType) throw invalid("evidenceType");
  return { ...upload, name: evidenceFileName(upload.name, contentType), contentType };
}

/**
 * Runs an agenda line's save with its evidence file: the new file (if any) is stored
 * first under a fresh key, `save` writes the row (with the returned columns) and its
 * audit row in one transaction, and only after the commit is the file the row no longer
 * points at deleted. A refused save deletes the new file again and leaves the old one,
 * which its row still points at. Files a failed delete leaves behind are unreferenced
 * and go with the evidence clean-up (lib/diagnosis/evidence-cleanup.ts), which keeps
 * every key an agenda row still holds.
 */
async function saveWithAgendaEvidence<R extends AgendaEvidenceColumns>({
  storage,
  upload,
  remove,
  save,
}: {
  storage: FileStorage;
  upload: (AgendaEvidenceUpload & { contentType: string }) | null;
  /** The "remove the file" box; a new file wins over it. */
  remove: boolean;
  /** Writes the row; receives the evidence columns to set (undefined: keep what the row has) and returns the row before and after. */
  save(evidence: AgendaEvidenceColumns | undefined): Promise<{ before: AgendaEvidenceColumns | null; after: R }>;
}): Promise<R> {
  let evidence: AgendaEvidenceColumns | undefined = remove ? NO_EVIDENCE : undefined;
  if (upload) {
    const key = `evidence/agenda/${randomBytes(12).toString("hex")}`;
    await storage.put(key, upload.bytes);
    evidence = {
      evidenceKey: key,
      evidenceFileName: upload.name,
      evidenceContentType: upload.contentType,
      evidenceSize: upload.bytes.byteLength,
    };
  }
  let result: { before: AgendaEvidenceColumns | null; after: R };
  try {
    result = await save(evidence);
  } catch (err) {
    if (upload && evidence?.evidenceKey) await deleteStoredEvidence(storage, [evidence.evidenceKey]);
    throw err;
  }
  const oldKey = result.before?.evidenceKey;
  if (oldKey && oldKey !== result.after.evidenceKey) await deleteStoredEvidence(storage, [oldKey]);
  return result.after;
}

/**
 * THE save of an agenda line (one row per owner: a sentra's KSP/USP line or organisation,
 * a provider's strengthening record) with its optional evidence file. The file in
 * `rawEvidence` (a File or `{ name, bytes }`) is checked before anything is written and
 * stored as saveWithAgendaEvidence says. In one transaction: `locate` authorises and
 * checks the owner (throwing refuses the save), the row is created on the first save
 * (`version` must then be null) or updated under `version` (CONFLICT otherwise), and the
 * `<auditName>.create|update` audit row records the row as `find` reads it, before and
 * after (so a line's related rows, such as organisation members, are in the audit too).
 */
export async function saveAgendaLine<K, R extends AgendaEvidenceColumns & { id: string }>({
  actorId,
  storage,
  rawEvidence,
  removeEvidence,
  version,
  audit,
  locate,
  find,
  create,
  update,
}: {
  actorId: string;
  storage: FileStorage;
  rawEvidence: unknown;
  removeEvidence: boolean;
  version: number | null;
  audit: { name: string; entityType: string };
  locate(tx: Prisma.TransactionClient): Promise<K>;
  find(tx: Prisma.TransactionClient, owner: K): Promise<R | null>;
  /** Writes the first row (and its related rows); `evidence` undefined: no file. */
  create(tx: Prisma.TransactionClient, owner: K, evidence: AgendaEvidenceColumns | undefined): Promise<void>;
  /** Updates the row where its version is still `version` (bumping it) and its related rows; false when the version moved on. */
  update(tx: Prisma.TransactionClient, row: R, version: number, evidence: AgendaEvidenceColumns | undefined): Promise<boolean>;
}): Promise<R> {
  const upload = await readAgendaEvidence(rawEvidence);
  return saveWithAgendaEvidence<R>({
    storage,
    upload,
    remove: removeEvidence,
    save: (evidence) =>
      prisma.$transaction(async (tx) => {
        const owner = await locate(tx);
        const before = await find(tx, owner);
        if (!before) {
          if (version !== null) throw new AppError("CONFLICT");
          await create(tx, owner, evidence);
        } else if (version === null || !(await update(tx, before, version, evidence))) {
          throw new AppError("CONFLICT");
        }
        const after = await find(tx, owner);
        if (!after) throw new AppError("CONFLICT");
        await recordAudit(tx, {
          actorId,
          action: `${audit.name}.${before ? "update" : "create"}`,
          entityType: audit.entityType,
          entityId: after.id,
          before: before ?? undefined,
          after,
        });
        return { before, after };
      }),
  });
}
