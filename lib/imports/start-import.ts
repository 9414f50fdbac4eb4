import "server-only";
import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueImport, type ImportJobInput } from "@/lib/imports/jobs";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@/lib/imports/limits";
import { UnreadableFile, detectFormat, openTable, type FileFormat, type UploadedFile } from "@/lib/imports/read-table";
import { startImportSchema, type StartImportInput } from "@/lib/imports/schema";
import type { ImportKindKey } from "@/lib/imports/columns";
import type { AppLocale } from "@/lib/i18n/config";
import { getStorage, type FileStorage } from "@/lib/storage";

/** Everything the processing needs, rebuilt by the job from the batch row and the stored file. */
export interface ImportJob {
  batchId: string;
  actor: SessionUser;
  kind: ImportKindKey;
  cluster: { id: string; name: string } | null;
  validOnly: boolean;
  file: UploadedFile;
  format: FileFormat;
  locale: AppLocale;
  requestId: string | undefined;
}

/** A refusal of the upload itself: `importCode` is a key of `imports.fileErrors`. */
function fileError(importCode: string, params?: Record<string, string>): AppError {
  return new AppError("INVALID_INPUT", importCode, { field: "file", importCode, params });
}

async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The synchronous part of an import, run in the upload request: authorise, check the
 * form, the file (size, type, not empty, the header names the required columns) and
 * the target cluster, then store the file and record the batch (QUEUED) together with
 * its job in one transaction. Nothing of the registry is written here; a refused upload
 * leaves no trace. A job worker processes the rows (lib/imports/jobs.ts → `processImport`).
 */
export async function startImport({
  actor,
  input,
  file,
  locale,
  storage = getStorage(),
}: {
  actor: SessionUser;
  input: unknown;
  file: UploadedFile | null;
  locale: AppLocale;
  storage?: FileStorage;
}): Promise<{ batchId: string }> {
  if (!can(actor.role, "imports:run")) throw new AppError("FORBIDDEN");
  const data: StartImportInput = startImportSchema.parse(input);

  if (!file || file.name === "") throw fileError("fileRequired");
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw fileError("fileTooLarge", { max: String(MAX_UPLOAD_MB) });
  if (file.bytes.length === 0) throw fileError("fileEmpty");
  const format = detectFormat(file);
  if (!format) throw fileError("fileType");

  let cluster: ImportJob["cluster"] = null;
  if (data.kind === "smes" || data.kind === "outcomes") {
    cluster = await prisma.cluster.findFirst({
      where: { AND: [{ id: data.clusterId!, status: "ACTIVE" }, clusterAccessWhere(actor)] },
      select: { id: true, name: true },
    });
    if (!cluster) throw new AppError("INVALID_INPUT", "unknown cluster", { field: "clusterId", fieldMessage: "unknownCluster" });
  }

  let table;
  try {
    table = await openTable(file, format, data.kind, locale);
  } catch (err) {
    if (err instanceof UnreadableFile) throw fileError(err.code, err.params);
    throw fileError("fileUnreadable");
  }
  if (!table) throw fileError("fileEmpty");
  const problem = table.resolved.problems[0];
  if (problem) throw fileError(problem.code, problem.params);
  let first;
  try {
    first = await table.rows.next();
  } catch (err) {
    if (err instanceof UnreadableFile) throw fileError(err.code, err.params);
    throw fileError("fileUnreadable");
  }
  if (first.done) throw fileError("noRows");

  // The file goes to the shared storage, so whichever server's worker takes the job reads it.
  const jobInput: ImportJobInput = {
    fileKey: `imports/${randomBytes(12).toString("hex")}`,
    format,
    locale,
    requestId: await currentRequestId(),
  };
  await storage.put(jobInput.fileKey, file.bytes);
  try {
    return await enqueueImport({
      kind: data.kind === "smes" ? "SMES" : data.kind === "outcomes" ? "OUTCOMES" : "CLUSTERS",
      clusterId: cluster?.id ?? null,
      fileName: file.name.slice(0, 255),
      validOnly: data.validOnly,
      createdById: actor.id,
      jobInput,
    });
  } catch (err) {
    await storage.delete(jobInput.fileKey).catch(() => {});
    throw err;
  }
}
