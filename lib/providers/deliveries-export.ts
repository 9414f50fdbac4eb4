import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Cell } from "@/lib/exports/table-stream";
import { listDeliveryLedger } from "@/lib/providers/queries";
import { isoDate } from "@/lib/support/fields";

type Translate = (key: string) => string;

/**
 * A provider's whole delivery log as rows for CSV/XLSX, oldest first: reversed
 * deliveries and their reversals both, each reversal pointing at the delivery it
 * reverses (and back), with the reason. The fee and later-financing columns sum to
 * the provider's direct and indirect income, reversals included. Scoped like the
 * provider page (a consultant: own provider, assigned centres).
 */
export async function providerDeliveriesTable(viewer: SessionUser, providerId: string, t: Translate, serviceName: Translate) {
  const ledger = await listDeliveryLedger(viewer, providerId);
  if (!ledger) return null;
  const header = [
    "id",
    "date",
    "service",
    "cluster",
    "participants",
    "fee",
    "laterFinancing",
    "reverses",
    "reversedBy",
    "reason",
    "recordedBy",
  ].map((k) => t(`deliveries.export.${k}`));
  const rows: Cell[][] = ledger.deliveries.map((d) => [
    d.id,
    isoDate(d.deliveredOn),
    serviceName(d.service),
    d.cluster.name,
    d.participantCount,
    d.feeAmount,
    d.laterFinancing,
    d.reversesId,
    d.reversedBy?.id ?? null,
    d.reversalReason ?? d.reversedBy?.reversalReason ?? null,
    d.recordedBy.name,
  ]);
  return { name: ledger.provider.name, header, rows };
}
