import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { providerAccessWhere } from "@/lib/providers/access";
import { agendaEvidenceLineSchema, type AgendaEvidenceLine } from "@/lib/monitoring/schema";
import { getStorage, type FileStorage } from "@/lib/storage";

const select = { evidenceKey: true, evidenceFileName: true, evidenceContentType: true } as const;

function findLine(actor: SessionUser, clusterId: string, line: AgendaEvidenceLine) {
  // The row-level rule of the sentra: another consultant's sentra has no file to find.
  const where = { clusterId, cluster: clusterAccessWhere(actor), evidenceKey: { not: null } };
  return line === "savings"
    ? prisma.clusterSavingsService.findFirst({ where, select })
    : prisma.smeOrganisation.findFirst({ where, select });
}

/** The evidence file of one agenda line of a sentra the user may see, with its bytes; NOT_FOUND otherwise. */
export async function readAgendaEvidence({
  actor,
  clusterId,
  line,
  storage = getStorage(),
}: {
  actor: SessionUser;
  clusterId: string;
  line: string;
  storage?: FileStorage;
}) {
  if (!can(actor.role, "monitoring:read")) throw new AppError("FORBIDDEN");
  const parsedLine = agendaEvidenceLineSchema.safeParse(line);
  if (!parsedLine.success || !/^[A-Za-z0-9_-]{1,40}$/.test(clusterId)) throw new AppError("NOT_FOUND");
  return readStored(storage, await findLine(actor, clusterId, parsedLine.data));
}

async function readStored(
  storage: FileStorage,
  row: { evidenceKey: string | null; evidenceFileName: string | null; evidenceContentType: string | null } | null,
) {
  if (!row?.evidenceKey || !row.evidenceContentType) throw new AppError("NOT_FOUND");
  const bytes = await storage.get(row.evidenceKey);
  if (!bytes) throw new AppError("NOT_FOUND");
  return { fileName: row.evidenceFileName ?? "bukti", contentType: row.evidenceContentType, bytes };
}

/**
 * The evidence file of a provider's "strengthening BDS" line, for users who may see the
 * provider's page (a consultant: their own provider only); NOT_FOUND otherwise.
 */
export async function readBdsStrengtheningEvidence({
  actor,
  providerId,
  storage = getStorage(),
}: {
  actor: SessionUser;
  providerId: string;
  storage?: FileStorage;
}) {
  if (!can(actor.role, "monitoring:read") || !can(actor.role, "providers:read")) throw new AppError("FORBIDDEN");
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(providerId)) throw new AppError("NOT_FOUND");
  const row = await prisma.bdsStrengthening.findFirst({
    where: { providerId, provider: providerAccessWhere(actor), evidenceKey: { not: null } },
    select,
  });
  return readStored(storage, row);
}
