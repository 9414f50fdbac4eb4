import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function findSme(tx: Tx, actor: SessionUser, id: string) {
  const sme = await tx.sme.findFirst({ where: { AND: [{ id }, { cluster: clusterAccessWhere(actor) }] } });
  if (!sme) throw new AppError("NOT_FOUND");
  return sme;
}
