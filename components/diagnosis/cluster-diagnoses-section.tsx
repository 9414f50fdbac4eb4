import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import { StartDiagnosisButton } from "@/components/diagnosis/start-diagnosis-button";
import { Card } from "@/components/ui/card";
import { CELL, DataTable, RowHeader } from "@/components/ui/data-table";
import { compareAnswers } from "@/lib/diagnosis/evaluation";
import { findInstrument } from "@/lib/diagnosis/instruments";
import { getClusterDiagnoses } from "@/lib/diagnosis/history-queries";
import { OPEN_STATUSES } from "@/lib/diagnosis/transitions";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

/** The cluster page's diagnosis part: start/continue, the diagnoses, the stage over time, and what changed between the last two. */
export async function ClusterDiagnosesSection({ clusterId }: { clusterId: string }) {
  const data = await getClusterDiagnoses(clusterId);
  if (!data) return null;
  const t = await getTranslations("diagnosis");
  const locale = (await getLocale()) as AppLocale;
  const openPrimary = data.diagnoses.find((d) => d.role === "PRIMARY" && OPEN_STATUSES.includes(d.status));
  const [after, before] = data.latestTwo;
  const instrument =
    after && before && after.instrumentVersion === before.instrumentVersion
      ? findInstrument(after.instrumentCode, after.instrumentVersion)
      : undefined;
  const changes = instrument && after && before ? compareAnswers(instrument, before.answers, after.answers) : [];
  const changed = changes.filter((c) => c.from !== c.to || c.notApplicableFrom !== c.notApplicableTo);
  const nameOf = (code: string) => instrument?.groups.flatMap((g) => g.indicators).find((i) => i.code === code)?.name[locale] ?? code;
  const levelText = (level: number | null, na: boolean) => (na ? t("section.notApplicableShort") : level === null ? "—" : String(level));
  return (
    <section aria-labelledby="diagnosis-section-title" className="mt-4 grid gap-4" data-testid="cluster-diagnoses">
      <Card>
        <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
          <h2 id="diagnosis-section-title" className="text-base font-semibold text-slate-900">
            {t("section.title")}
          </h2>
          {data.canFill ? (
            <div className="flex flex-wrap items-start gap-2">
              {openPrimary ? (
                <>
                  {openPrimary.status !== "SUBMITTED" ? (
                    <Link
                      href={`/diagnoses/${openPrimary.id}/edit`}
                      className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-medium text-white hover:bg-emerald-800"
                    >
                      {t("section.continue")}
                    </Link>
                  ) : null}
                  <StartDiagnosisButton clusterId={clusterId} role="SECOND" label={t("section.startSecond")} variant="secondary" />
                </>
              ) : data.hasOpenPrimary ? null : (
                <StartDiagnosisButton clusterId={clusterId} role="PRIMARY" label={t("section.start")} />
              )}
            </div>
          ) : null}
        </div>
        <DataTable
          rows={data.diagnoses}
          empty={t("section.none")}
          columns={[
            { label: t("section.created") },
            { label: t("section.kind") },
            { label: t("section.statusCol") },
            { label: t("section.assessor") },
            { label: t("section.stage") },
            { label: <span className="sr-only">{t("section.open")}</span> },
          ]}
        >
          {(d) => (
            <tr key={d.id}>
              <td className={CELL.compact}>{formatDate(d.approvedAt ?? d.createdAt, locale)}</td>
              <td className={CELL.compact}>{t(`role.${d.role}`)}</td>
              <td className={CELL.compact} data-testid="diagnosis-status">
                {t(`status.${d.status}`)}
              </td>
              <td className={CELL.compact}>{d.assessor.name}</td>
              <td className={CELL.compact}>{d.resultStage ? <StageBadge stage={d.resultStage} /> : "—"}</td>
              <td className="py-1">
                <Link href={`/diagnoses/${d.id}`} className="text-emerald-800 underline">
                  {d.status === "APPROVED" ? t("section.report") : t("section.open")}
                </Link>
              </td>
            </tr>
          )}
        </DataTable>
        {data.canFill && openPrimary ? <p className="mt-2 text-xs text-slate-500">{t("section.secondHint")}</p> : null}
      </Card>
      <Card title={t("section.historyTitle")}>
        {data.history.length === 0 ? (
          <p className="text-sm text-slate-600">{t("section.historyNone")}</p>
        ) : (
          <ol className="flex flex-wrap items-center gap-2" data-testid="stage-history">
            {data.history.map((h, i) => (
              <li key={h.id} className="flex items-center gap-2">
                {i > 0 ? (
                  <span aria-hidden className="text-slate-400">
                    →
                  </span>
                ) : null}
                <Link
                  href={`/diagnoses/${h.diagnosisId}/report`}
                  className="flex flex-col items-center rounded-md border border-slate-200 px-3 py-2 hover:bg-slate-50"
                >
                  <StageBadge stage={h.stage} />
                  <time dateTime={h.decidedAt.toISOString()} className="mt-1 text-xs text-slate-600">
                    {formatDate(h.decidedAt, locale)}
                  </time>
                </Link>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title={t("section.compareTitle")}>
        {!instrument || !after || !before ? (
          <p className="text-sm text-slate-600">{t("section.compareNeedsTwo")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-700">
              {t("section.compareIntro", { before: formatDate(before.approvedAt!, locale), after: formatDate(after.approvedAt!, locale) })}{" "}
              {t("section.changedOnly", { count: changed.length })}
            </p>
            <DataTable
              testId="diagnosis-compare"
              rows={changes}
              columns={[
                { label: t("section.indicator") },
                { label: t("section.before"), numeric: true },
                { label: t("section.after"), numeric: true },
                { label: t("section.change") },
              ]}
            >
              {(c) => {
                const delta = c.from !== null && c.to !== null ? c.to - c.from : 0;
                const tone = delta > 0 ? "text-emerald-800" : delta < 0 ? "text-red-700" : "text-slate-500";
                return (
                  <tr key={c.indicator} className={delta !== 0 ? "bg-slate-50" : undefined}>
                    <RowHeader label={nameOf(c.indicator)} />
                    <td className={`${CELL.compact} text-right tabular-nums`}>{levelText(c.from, c.notApplicableFrom)}</td>
                    <td className={`${CELL.compact} text-right tabular-nums`}>{levelText(c.to, c.notApplicableTo)}</td>
                    <td className={`py-1 ${tone}`}>
                      {delta > 0
                        ? `↑ ${t("section.up", { steps: delta })}`
                        : delta < 0
                          ? `↓ ${t("section.down", { steps: -delta })}`
                          : t("section.same")}
                    </td>
                  </tr>
                );
              }}
            </DataTable>
          </>
        )}
      </Card>
    </section>
  );
}
