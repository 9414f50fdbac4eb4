import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { smeListWhere, type SmeListParams } from "@/lib/smes/queries";
import { columnKeys } from "@/lib/imports/columns";
import { SME_RECORD_SELECT } from "@/lib/smes/select";
import { cursorPages, tableStream, type Cell, type TableFormat } from "@/lib/exports/table-stream";
import type { Translate } from "@/lib/exports/clusters";

const SELECT = {
  ...SME_RECORD_SELECT,
  cluster: { select: { name: true } },
} as const satisfies Prisma.SmeSelect;

type Row = Prisma.SmeGetPayload<{ select: typeof SELECT }>;

/** Centre first, then the import's SME columns: a one-centre export re-imports as it is. */
const KEYS = ["cluster", ...columnKeys("smes").filter((k) => k !== "cluster")] as const;

function cells(r: Row, t: Translate): Cell[] {
  const byKey: Record<string, Cell> = {
    cluster: r.cluster.name,
    businessName: r.businessName,
    ownerName: r.ownerName,
    ownerGender: r.ownerGender ? t(`gender.${r.ownerGender}`) : null,
    nib: r.nib,
    legalForm: r.legalForm,
    yearStarted: r.yearStarted,
    workerCount: r.workerCount,
    annualTurnover: r.annualTurnover,
    assets: r.assets,
    mainProducts: r.mainProducts,
    subcontractTo: r.subcontractTo,
    phone: r.phone,
  };
  return KEYS.map((k) => byKey[k] ?? null);
}

/**
 * The filtered /smes list as a file (the list's own `where`, smeListWhere, so the
 * access rule applies). Up to a million rows: paged by id on the primary key, so
 * each page is an index range scan and memory holds one page at a time.
 */
export function exportSmes({
  actor,
  params,
  format,
  t,
}: {
  actor: SessionUser;
  params: SmeListParams;
  format: TableFormat;
  t: Translate;
}): ReadableStream<Uint8Array> {
  if (!can(actor.role, "exports:run")) throw new AppError("FORBIDDEN");
  const where = smeListWhere(actor, params);
  const header = KEYS.map((k) => t(`columns.smes.${k}`));
  async function* batches() {
    for await (const page of cursorPages(
      (cursor, take) =>
        prisma.sme.findMany({
          where,
          orderBy: { id: "asc" },
          take,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
          select: SELECT,
        }),
      5_000,
    )) {
      yield page.map((r) => cells(r, t));
    }
  }
  return tableStream({ format, header, batches: batches(), sheetName: t("sheets.smes") });
}
