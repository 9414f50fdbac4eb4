import { getTranslations } from "next-intl/server";
import { CELL, DataTable, RowHeader } from "@/components/ui/data-table";
import { agreement, type Instrument } from "@/lib/diagnosis/engine";
import { scoreInputFor, type Answers } from "@/lib/diagnosis/answers";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import { formatNumber } from "@/lib/i18n/format";

/**
 * The blind second scoring beside the primary: the engine's agreement figure and
 * every indicator two or more levels apart, with a select (joining the approve
 * form) to settle its final level.
 */
export async function AgreementPanel({
  instrument,
  primary,
  second,
  locale,
  canSettle,
}: {
  instrument: Instrument;
  primary: Answers;
  second: { assessorName: string; answers: Answers };
  locale: "id" | "en";
  canSettle: boolean;
}) {
  const t = await getTranslations("diagnosis.review");
  const tf = await getTranslations("diagnosis.form");
  const figures = agreement(instrument, [scoreInputFor(instrument, primary), scoreInputFor(instrument, second.answers)]);
  const index = indicatorIndex(instrument);
  const value = figures.value === null ? null : formatNumber(figures.value, locale, 3);
  return (
    <div className="grid gap-3 text-sm" data-testid="agreement">
      <p>{t("secondBy", { name: second.assessorName })}</p>
      <p className="font-medium">
        {value === null
          ? t("noCoefficient", { reason: figures.reason ?? "" })
          : figures.method === "COHEN_KAPPA_QUADRATIC"
            ? t("kappa", { value })
            : t("alpha", { value })}
      </p>
      {figures.disagreements.length === 0 ? (
        <p>{t("noDisagreements")}</p>
      ) : (
        <DataTable
          caption={t("disagreements")}
          showCaption
          rows={figures.disagreements}
          columns={[{ label: "" }, { label: t("primaryLevel") }, { label: t("secondLevel") }, { label: t("settled") }]}
        >
          {(d) => {
            const name = index.get(d.indicator)?.indicator.name[locale] ?? d.indicator;
            return (
              <tr key={d.indicator}>
                <RowHeader label={name} />
                <td className={`${CELL.compact} tabular-nums`}>{d.levels[0] ?? "—"}</td>
                <td className={`${CELL.compact} tabular-nums`}>{d.levels[1] ?? "—"}</td>
                <td className="py-1">
                  {canSettle ? (
                    <select
                      name={`settled.${d.indicator}`}
                      form="review-form"
                      aria-label={`${t("settled")}: ${name}`}
                      className="rounded border border-slate-300 px-2 py-1"
                      defaultValue=""
                    >
                      <option value="">{t("keepPrimary")}</option>
                      {[1, 2, 3, 4, 5].map((l) => (
                        <option key={l} value={l}>
                          {tf("levelLabel", { level: l })}
                        </option>
                      ))}
                    </select>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          }}
        </DataTable>
      )}
    </div>
  );
}
