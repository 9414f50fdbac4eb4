import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
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
}

export async function ClusterTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("clusters");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  if (rows.length === 0) return <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600">{tc("noData")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("name")}</th>
            <th scope="col" className="px-3 py-2">{t("commodity")}</th>
            <th scope="col" className="px-3 py-2">{t("location")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("smes")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("workers")}</th>
            <th scope="col" className="px-3 py-2">{t("stage")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="px-3 py-2">
                <Link href={`/clusters/${row.id}`} className="font-medium text-emerald-800 hover:underline">
                  {row.name}
                </Link>
              </td>
              <td className="px-3 py-2">{row.commodity}</td>
              <td className="px-3 py-2">
                {row.regency ? `${row.regency.name}, ` : ""}
                {row.province.name}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row._count.smes, locale)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.workerCount, locale)}</td>
              <td className="px-3 py-2">
                <StageBadge stage={row.currentStage} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
