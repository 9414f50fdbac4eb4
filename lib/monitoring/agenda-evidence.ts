import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { deleteStoredEvidence } from "@/lib/diagnosis/remove-evidence";
import { detectEvidenceType, evidenceFileName, MAX_FILE_BYTES } from "@/lib/diagnosis/schema";
import { AppError } from "@/lib/errors";
import { text } from "@/lib/forms/text";
import type { FileStorage } from "@/lib/storage";

/** A file as a caller hands it over: from a form's File, or bytes from a script or test. */
export interface AgendaEvidenceUpload {
  name: string;
  size: number;
  bytes: Uint8Array;
}

/** The evidence columns an agenda line row carries (ClusterSavingsService, SmeOrganisation). */
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
export async function readAgendaEvidence(value: unknown): Promise<(AgendaEvidenceUpload & { contentType: string }) | null> {
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
export async function saveWithAgendaEvidence<R extends AgendaEvidenceColumns>({
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
