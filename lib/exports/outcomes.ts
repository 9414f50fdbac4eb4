import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/exports/clusters";
import { cursorPages, tableStream, type Cell, type TableFormat } from "@/lib/exports/table-stream";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/config";
import { TEMPLATE_COLUMNS } from "@/lib/imports/columns";
import { SOURCE_CELLS } from "@/lib/imports/outcome-rows";
import { agendaWhere } from "@/lib/monitoring/queries";
import type { AgendaFilter } from "@/lib/monitoring/schema";
import { OUTCOME_ROW_SELECT, type OutcomeRow } from "@/lib/monitoring/select";

/** The import's outcome columns (Tahun, Jumlah UKM, …, Sumber data), in the template's order. */
const OUTCOME_KEYS = TEMPLATE_COLUMNS.outcomes;

function outcomeCells(r: OutcomeRow, locale: AppLocale): Cell[] {
  const byKey: Partial<Record<(typeof OUTCOME_KEYS)[number], Cell>> = {
    year: r.year,
    smeCount: r.smeCount,
    workerCount: r.workerCount,
    productionValue: r.productionValue,
    exportValue: r.exportValue,
    exportSharePct: r.exportSharePct,
    averageTurnover: r.averageTurnover,
    source: SOURCE_CELLS[locale][r.source],
  };
  return OUTCOME_KEYS.map((k) => byKey[k] ?? null);
}

function assertCanExport(actor: SessionUser) {
  if (!can(actor.role, "exports:run") || !can(actor.role, "monitoring:read")) throw new AppError("FORBIDDEN");
}

/**
 * One sentra's yearly outcome series as a file that the outcome import reads back
 * unchanged: "Sentra" first (the import checks it names the target), then the import's
 * headings in the caller's language, whole Rupiah as plain integers, the source as the
 * import's words. Another consultant's sentra is NOT_FOUND.
 */
export async function exportClusterOutcomes({
  actor,
  clusterId,
  format,
  locale,
  t,
}: {
  actor: SessionUser;
  clusterId: string;
  format: TableFormat;
  locale: AppLocale;
  /** The `imports` namespace. */
  t: Translate;
}): Promise<{ name: string; stream: ReadableStream<Uint8Array> }> {
  assertCanExport(actor);
  const cluster = await prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId }, clusterAccessWhere(actor)] },
    select: { name: true, outcomes: { orderBy: { year: "asc" }, select: OUTCOME_ROW_SELECT } },
  });
  if (!cluster) throw new AppError("NOT_FOUND");
  const header = ["cluster", ...OUTCOME_KEYS].map((k) => t(`columns.outcomes.${k}`));
  async function* batches() {
    yield cluster!.outcomes.map((o) => [cluster!.name, ...outcomeCells(o, locale)]);
  }
  return { name: cluster.name, stream: tableStream({ format, header, batches: batches(), sheetName: t("sheets.outcomes") }) };
}

const NATIONAL_SELECT = {
  ...OUTCOME_ROW_SELECT,
  cluster: { select: { name: true, province: { select: { name: true } } } },
} as const satisfies Prisma.ClusterOutcomeSelect;

/**
 * The yearly outcomes of every designated sentra in the /agenda list (its `where`,
 * agendaWhere, so the scope and filters are the page's): the sentra's id, name and
 * province, then the import's headings. Ordered by sentra and year, paged by cursor.
 */
export function exportAgendaOutcomes({
  actor,
  filter,
  format,
  locale,
  t,
  tm,
}: {
  actor: SessionUser;
  filter: AgendaFilter;
  format: TableFormat;
  locale: AppLocale;
  /** The `imports` namespace. */
  t: Translate;
  /** The `monitoring.outcomes` namespace. */
  tm: Translate;
}): ReadableStream<Uint8Array> {
  assertCanExport(actor);
  const where = { cluster: agendaWhere(actor, filter) } satisfies Prisma.ClusterOutcomeWhereInput;
  const header = [
    tm("exportClusterId"),
    t("columns.outcomes.cluster"),
    t("columns.clusters.province"),
    ...OUTCOME_KEYS.map((k) => t(`columns.outcomes.${k}`)),
  ];
  async function* batches() {
    for await (const page of cursorPages((cursor, take) =>
      prisma.clusterOutcome.findMany({
        where,
        orderBy: [{ clusterId: "asc" }, { year: "asc" }],
        take,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: NATIONAL_SELECT,
      }),
    )) {
      yield page.map((o) => [o.clusterId, o.cluster.name, o.cluster.province.name, ...outcomeCells(o, locale)]);
    }
  }
  return tableStream({ format, header, batches: batches(), sheetName: t("sheets.outcomes") });
}
