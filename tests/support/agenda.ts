import { utimes } from "node:fs/promises";
import path from "node:path";
import type { SessionUser } from "@/lib/auth/session";
import type { FileStorage } from "@/lib/storage/types";
import { makeCluster } from "@/prisma/factories";
import { prisma } from "./db";

/**
 * What the agenda-line tests share (tests/integration/agenda-evidence, bds-strengthening,
 * organisation-members, monitoring): a designated sentra, evidence files whose bytes
 * pass the type check, and a storage on a temporary folder. A file that stores evidence
 * wires the storage up with
 *
 *   vi.mock("@/lib/storage", async () => (await import("../support/agenda")).temporaryStorage("sentra-x-"));
 *
 * and reads it back with `getStorage() as TemporaryStorage`. Nothing here imports
 * `@/lib/storage` itself, so that mock can load this module.
 */

/** A sentra in `provinceCode` (Jawa Tengah unless told), designated for the programme. */
export async function designated(name: string, provinceCode = "33") {
  const cluster = await makeCluster(prisma, { name, provinceCode });
  return prisma.cluster.update({ where: { id: cluster.id }, data: { isDesignated: true } });
}

/** The smallest bytes the evidence check reads as a PDF, and as a PNG. */
export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

export const HOUR = 3_600_000;

export type TemporaryStorage = FileStorage & { dir: string };

/** The `@/lib/storage` module of a test file: one local-disk storage on a new temporary folder. */
export async function temporaryStorage(prefix: string) {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { localDiskStorage } = await import("@/lib/storage/local-disk");
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const storage: TemporaryStorage = Object.assign(localDiskStorage(dir), { dir });
  return { getStorage: () => storage };
}

/** The evidence keys in `storage`, sorted. */
export async function storedKeys(storage: FileStorage) {
  const keys: string[] = [];
  for await (const o of storage.list("evidence")) keys.push(o.key);
  return keys.sort();
}

/** Makes stored files `hours` old (for the clean-up's grace period). */
export async function ageFiles(storage: TemporaryStorage, keys: string[], hours: number) {
  const t = new Date(Date.now() - hours * HOUR);
  for (const key of keys) await utimes(path.join(storage.dir, ...key.split("/")), t, t);
}

/** The agenda's CSV export (no filter) as `actor` downloads it, with message keys for its texts. */
export async function agendaCsv(actor: SessionUser) {
  // Loaded here, not at the top, so that a test's storage mock can still load this module.
  const { exportAgenda } = await import("@/lib/exports/agenda");
  const { agendaFilterSchema } = await import("@/lib/monitoring/schema");
  const key = (k: string) => k;
  const stream = exportAgenda({ actor, filter: agendaFilterSchema.parse({}), format: "csv", t: key, tf: key, tStatus: key, tStage: key });
  return new Response(stream).text();
}
