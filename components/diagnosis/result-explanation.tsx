import { getTranslations } from "next-intl/server";
import type { Instrument } from "@/lib/diagnosis/engine";
import type { Evaluation } from "@/lib/diagnosis/evaluation";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import { formatScore } from "@/lib/i18n/format";
import { StageBadge } from "@/components/clusters/stage-badge";
import { describeRule } from "@/components/diagnosis/rule-text";
import { FixedConditionsNote, NotApplicableList } from "@/components/diagnosis/method-notes";
import { DataTable, RowHeader } from "@/components/ui/data-table";

/** The engine's verdict in words: the deciding rule, dimension and group scores, strongest and weakest, and the what-if. */
export async function ResultExplanation({
  instrument,
  evaluation,
  locale,
  headingLevel = 2,
}: {
  instrument: Instrument;
  evaluation: Evaluation;
  locale: "id" | "en";
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("diagnosis");
  const ts = await getTranslations("stages");
  const fmt = (n: number) => formatScore(n, locale);
  const H = headingLevel === 2 ? "h2" : "h3";
  const index = indicatorIndex(instrument);
  const groupName = (code: string) => instrument.groups.find((g) => g.code === code)?.name[locale] ?? code;
  const indName = (code: string) => index.get(code)?.indicator.name[locale] ?? code;
  const { result, explanation, plan } = evaluation;
  if (result.status !== "DIAGNOSED" || explanation.status !== "DIAGNOSED") {
    return <p className="text-sm text-slate-700">{t("errors.INCOMPLETE")}</p>;
  }
  const tm = await getTranslations("method");
  const ruleText = describeRule(t, result.rule, groupName, {
    survivalBelow: instrument.rules.survivalBelow,
    indicatorName: indName,
    tm,
    locale,
  });
  return (
    <div className="grid gap-4" data-testid="engine-result">
      <div>
        <H className="mb-1 text-base font-semibold">{t("rule.title")}</H>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <StageBadge stage={result.stage} /> <span>{ruleText}</span>
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <DataTable
          className="self-start"
          scroll={false}
          caption={t("preview.dimensions")}
          showCaption
          rows={["GROWTH_OPPORTUNITY", "ACTION_CAPACITY"] as const}
        >
          {(d) => (
            <tr key={d}>
              <RowHeader label={t(`dimension.${d}`)} />
              <td className="py-1 text-right tabular-nums">{fmt(result.dimensions[d].score)}</td>
            </tr>
          )}
        </DataTable>
        <DataTable className="self-start" scroll={false} caption={t("preview.groupScores")} showCaption rows={result.groups}>
          {(g) => (
            <tr key={g.group}>
              <RowHeader label={groupName(g.group)} />
              <td className="py-1 text-right tabular-nums">{g.score === null ? "—" : fmt(g.score)}</td>
            </tr>
          )}
        </DataTable>
      </div>
      <NotApplicableList instrument={instrument} result={result} locale={locale} />
      <FixedConditionsNote instrument={instrument} locale={locale} />
      <div className="grid gap-4 md:grid-cols-2">
        {(["strongest", "weakest"] as const).map((k) => (
          <div key={k}>
            <H className="mb-1 text-sm font-semibold">{t(`review.${k}`)}</H>
            <ul className="list-disc pl-5 text-sm">
              {explanation[k].map((c) => (
                <li key={c.indicator}>
                  {indName(c.indicator)}: {t("form.levelLabel", { level: c.level })}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <div>
        <H className="mb-1 text-sm font-semibold">{t("whatIf.title")}</H>
        {plan.status === "PLAN" ? (
          <>
            <p className="text-sm">{t("whatIf.plan", { steps: plan.totalSteps, from: ts(plan.from), to: ts(plan.target) })}</p>
            <ul className="mt-1 list-disc pl-5 text-sm" data-testid="what-if">
              {plan.improvements.map((s) => (
                <li key={s.indicator}>{t("whatIf.step", { indicator: indName(s.indicator), from: s.fromLevel, to: s.toLevel })}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-sm">
            {plan.status === "NO_NEXT_STAGE"
              ? t("whatIf.mature")
              : plan.status === "UNREACHABLE"
                ? t("whatIf.unreachable")
                : t("whatIf.insufficient")}
          </p>
        )}
      </div>
    </div>
  );
}
