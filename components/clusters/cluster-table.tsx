import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import type { ReactNode } from "react";
import { CELL, DataTable, EmptyList, type DataColumn } from "@/components/ui/data-table";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/config";

interface Row {
  id: string;
  name: string;
  commodity: string;
  workerCount: number;
  currentStage: "SURVIVAL" | "ADVANCE" | "MATURE" | null;
  province: { name: string };
  regency: { name: string } | null;
  _count: { smes: number };
  /** A submitted diagnosis waiting for this user's review (Sentra Saya), or absent. */
  reviewId?: string | null;
}

type SortKey = "name" | "province" | "workers";

export async function ClusterTable({
  rows,
  sortFor,
  empty,
}: {
  rows: Row[];
  /** Sortable headers (the /clusters list); without it the columns are plain. */
  sortFor?: (key: SortKey) => NonNullable<DataColumn["sort"]>;
  /** What an empty list says; "Belum ada data." by default. */
  empty?: ReactNode;
}) {
  const t = await getTranslations("clusters");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  if (rows.length === 0) return empty ?? <EmptyList message={tc("noData")} />;
  return (
    <DataTable
      variant="list"
      rows={rows}
      framed
      columns={[
        { label: t("name"), sort: sortFor?.("name") },
        { label: t("commodity") },
        { label: t("location"), sort: sortFor?.("province") },
        { label: t("smes"), numeric: true },
        { label: t("workers"), numeric: true, sort: sortFor?.("workers") },
        { label: t("stage") },
      ]}
    >
      {(row) => (
        <tr key={row.id} className="hover:bg-slate-50">
          <td className={CELL.list}>
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Link href={`/clusters/${row.id}`} className="font-medium text-emerald-800 hover:underline">
                {row.name}
              </Link>
              {row.reviewId ? (
                <Link
                  href={`/diagnoses/${row.reviewId}/review`}
                  className="rounded-full border border-amber-400 bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 hover:bg-amber-200"
                  data-testid="review-waiting"
                >
                  {t("reviewWaiting")}
                  <span className="sr-only">: {row.name}</span>
                </Link>
              ) : null}
            </div>
          </td>
          <td className={CELL.list}>{row.commodity}</td>
          <td className={CELL.list}>
            {row.regency ? `${row.regency.name}, ` : ""}
            {row.province.name}
          </td>
          <td className={`${CELL.list} text-right tabular-nums`}>{formatNumber(row._count.smes, locale)}</td>
          <td className={`${CELL.list} text-right tabular-nums`}>{formatNumber(row.workerCount, locale)}</td>
          <td className={CELL.list}>
            <StageBadge stage={row.currentStage} />
          </td>
        </tr>
      )}
    </DataTable>
  );
}
