import "server-only";
import { headers } from "next/headers";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

type AuditClient = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> } };

export interface AuditEntry {
  actorId: string | null;
  /** `<entity>.<verb>`, e.g. `user.create`, `cluster.archive`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * What a batch verb of the API takes: the token's user, the one centre the items are
 * for, the items as the caller sent them, and the token (and request) the audit names.
 */
export interface CentreBatchArgs<Item> {
  actor: SessionUser;
  clusterId: string;
  items: ReadonlyArray<Item>;
  source: { tokenId: string; requestId?: string };
}

// Secrets never enter the audit trail, whatever the caller passes.
const SECRET_KEYS = new Set(["passwordHash", "password", "token"]);

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) ? undefined : typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined; // outside a request (seed, scripts, tests)
  }
}

/** Call inside the same transaction as the write it describes. */
export async function recordAudit(client: AuditClient, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: await currentRequestId(),
    },
  });
}
