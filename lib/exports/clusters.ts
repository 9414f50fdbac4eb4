import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { clusterListOrder, clusterListWhere, type ClusterListParams } from "@/lib/clusters/queries";
import { CLUSTER_PROFILE_SELECT } from "@/lib/clusters/select";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { columnKeys } from "@/lib/imports/columns";
import { cursorPages, tableStream, type Cell, type TableFormat } from "@/lib/exports/table-stream";

export type Translate = (key: string) => string;

/** The list's order with the id last, so that cursor paging is exact. */
const SELECT = {
  ...CLUSTER_PROFILE_SELECT,
  provinceCode: true,
  regencyCode: true,
  districtCode: true,
  villageCode: true,
  latitude: true,
  longitude: true,
  productionVolume: true,
  productionUnit: true,
  contactName: true,
  contactPhone: true,
  notes: true,
  district: { select: { name: true } },
  village: { select: { name: true } },
  bdsProvider: { select: { name: true } },
} as const satisfies Prisma.ClusterSelect;

type Row = Prisma.ClusterGetPayload<{ select: typeof SELECT }>;

function cells(r: Row, smeCount: number, stageLabel: Translate): Cell[] {
  const byKey: Record<string, Cell> = {
    name: r.name,
    commodity: r.commodity,
    kbliCode: r.kbliCode,
    provinceCode: r.provinceCode,
    province: r.province.name,
    regencyCode: r.regencyCode,
    regency: r.regency?.name,
    districtCode: r.districtCode,
    district: r.district?.name,
    villageCode: r.villageCode,
    village: r.village?.name,
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
    yearEstablished: r.yearEstablished,
    workerCount: r.workerCount,
    productionVolume: r.productionVolume,
    productionUnit: r.productionUnit,
    productionValue: r.productionValue,
    exportSharePct: r.exportSharePct,
    localMaterialSharePct: r.localMaterialSharePct,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    bdsProvider: r.bdsProvider?.name,
    notes: r.notes,
  };
  return [...columnKeys("clusters").map((k) => byKey[k] ?? null), r.currentStage ? stageLabel(r.currentStage) : null, smeCount];
}

/**
 * The filtered /clusters list as a file, scoped by the access rule (a consultant gets
 * only assigned centres). Columns are the import's, so an export can be re-imported.
 */
export function exportClusters({
  actor,
  params,
  format,
  t,
  stageLabel,
}: {
  actor: SessionUser;
  params: ClusterListParams;
  format: TableFormat;
  /** The `imports` namespace. */
  t: Translate;
  stageLabel: Translate;
}): ReadableStream<Uint8Array> {
  if (!can(actor.role, "exports:run")) throw new AppError("FORBIDDEN");
  const orderBy = clusterListOrder(params);
  const header = [...columnKeys("clusters").map((k) => t(`columns.clusters.${k}`)), t("exportColumns.stage"), t("exportColumns.smeCount")];
  async function* batches() {
    const where = await clusterListWhere(actor, params);
    for await (const page of cursorPages((cursor, take) =>
      prisma.cluster.findMany({ where, orderBy, take, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}), select: SELECT }),
    )) {
      // Counted for this page's clusters on the (clusterId, status) index, not over the whole sme table.
      const counts = await prisma.sme.groupBy({
        by: ["clusterId"],
        where: { clusterId: { in: page.map((r) => r.id) }, status: "ACTIVE" },
        _count: { _all: true },
      });
      const byCluster = new Map(counts.map((c) => [c.clusterId, c._count._all]));
      yield page.map((r) => cells(r, byCluster.get(r.id) ?? 0, stageLabel));
    }
  }
  return tableStream({ format, header, batches: batches(), sheetName: t("sheets.clusters") });
}
