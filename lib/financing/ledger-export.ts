import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getInstitution } from "@/lib/financing/institution-queries";
import type { Cell } from "@/lib/exports/table-stream";
import { isoDate } from "@/lib/support/fields";

type Translate = (key: string) => string;

/**
 * An institution's whole ledger as rows for CSV/XLSX: every allocation,
 * disbursement and repayment, reversed entries and their reversals both, each
 * reversal pointing at the entry it reverses (and back), with the reason.
 * The amounts sum to the institution's balances, reversals included.
 */
export async function institutionLedgerTable(viewer: SessionUser, institutionId: string, t: Translate) {
  const institution = await getInstitution(viewer, institutionId);
  if (!institution) return null;
  const header = ["kind", "id", "date", "sme", "amount", "reverses", "reversedBy", "reason"].map((k) => t(`export.${k}`));
  const kind = (k: "ALLOCATION" | "DISBURSEMENT" | "REPAYMENT") => t(`kinds.${k}`);
  const rows: Cell[][] = [];
  for (const a of institution.allocations) {
    rows.push([
      kind("ALLOCATION"),
      a.id,
      isoDate(a.allocatedOn),
      null,
      a.amount,
      a.reversesId,
      a.reversedBy?.id ?? null,
      a.reversalReason ?? a.reversedBy?.reversalReason ?? null,
    ]);
  }
  for (const d of [...institution.disbursements].reverse()) {
    rows.push([
      kind("DISBURSEMENT"),
      d.id,
      isoDate(d.disbursedOn),
      d.sme.businessName,
      d.amount,
      d.reversesId,
      d.reversedBy?.id ?? null,
      d.reversalReason ?? d.reversedBy?.reversalReason ?? null,
    ]);
    for (const r of d.repayments) {
      rows.push([
        kind("REPAYMENT"),
        r.id,
        isoDate(r.paidOn),
        d.sme.businessName,
        r.amount,
        r.reversesId,
        r.reversedBy?.id ?? null,
        r.reversalReason ?? r.reversedBy?.reversalReason ?? null,
      ]);
    }
  }
  return { name: institution.name, header, rows };
}
