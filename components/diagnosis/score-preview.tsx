"use client";

import { useTranslations } from "next-intl";
import type { DiagnosisResult, Instrument } from "@/lib/diagnosis/engine";
import { indicatorCodes } from "@/lib/diagnosis/instrument-index";
import { formatScore } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";

const STAGE_COLORS = {
  SURVIVAL: "bg-amber-100 text-amber-900",
  ADVANCE: "bg-sky-100 text-sky-900",
  MATURE: "bg-emerald-100 text-emerald-900",
} as const;

/** The provisional stage as a coloured chip, or "not enough data". */
export function ProvisionalStage({ result, testId, className }: { result: DiagnosisResult | null; testId: string; className?: string }) {
  const t = useTranslations("diagnosis.preview");
  const ts = useTranslations("stages");
  return result?.status === "DIAGNOSED" ? (
    <span
      className={cn("inline-block rounded-full px-3 py-1 text-sm font-semibold", STAGE_COLORS[result.stage], className)}
      data-testid={testId}
    >
      {ts(result.stage)}
    </span>
  ) : (
    <span className={cn("inline-block rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-700", className)} data-testid={testId}>
      {t("insufficient")}
    </span>
  );
}

/**
 * Group scores and the provisional stage as the assessor works. The form computes
 * `result` once per change with the pure engine and shares it with the sticky bar.
 */
export function ScorePreview({
  instrument,
  result,
  answered,
  locale,
}: {
  instrument: Instrument;
  result: DiagnosisResult | null;
  answered: number;
  locale: "id" | "en";
}) {
  const t = useTranslations("diagnosis.preview");
  const tf = useTranslations("diagnosis.form");
  const td = useTranslations("diagnosis.dimension");
  const tm = useTranslations("method");
  const total = indicatorCodes(instrument).length;
  const groupName = new Map(instrument.groups.map((g) => [g.code, g.name[locale]]));
  return (
    <section
      aria-labelledby="preview-title"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="score-preview"
    >
      <h2 id="preview-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-xs text-slate-600">{tf("answered", { answered, total })}</p>
      <div className="mt-3" aria-live="polite">
        <p className="text-xs uppercase tracking-wide text-slate-600">{t("provisional")}</p>
        <ProvisionalStage result={result} testId="provisional-stage" className="mt-1" />
      </div>
      {result?.status === "DIAGNOSED" ? (
        <dl className="mt-3 grid gap-1 text-sm">
          {(["GROWTH_OPPORTUNITY", "ACTION_CAPACITY"] as const).map((d) => (
            <div key={d} className="flex justify-between gap-2">
              <dt>{td(d)}</dt>
              <dd className="tabular-nums font-medium">{formatScore(result.dimensions[d].score, locale)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <h3 className="mt-4 text-sm font-semibold">{t("groupScores")}</h3>
      <ul className="mt-2 grid gap-2">
        {(result?.groups ?? []).map((g) => (
          <li key={g.group} className="text-sm">
            <div className="flex justify-between gap-2">
              <span>{groupName.get(g.group)}</span>
              <span className="whitespace-nowrap tabular-nums">{g.score === null ? t("noScore") : formatScore(g.score, locale)}</span>
            </div>
            <div className="mt-1 h-2 rounded bg-slate-100" aria-hidden>
              <div className="h-2 rounded bg-emerald-600" style={{ width: `${g.score ?? 0}%` }} />
            </div>
          </li>
        ))}
      </ul>
      {result ? (
        <div className="mt-3 text-sm" data-testid="preview-not-applicable">
          <p>{tm("naCount", { count: result.notApplicable.count })}</p>
          {result.notApplicable.count > 0 ? (
            <ul className="list-disc pl-5 text-xs">
              {result.notApplicable.indicators.map((c) => (
                <li key={c}>{instrument.groups.flatMap((g) => g.indicators).find((i) => i.code === c)?.name[locale] ?? c}</li>
              ))}
            </ul>
          ) : null}
          {result.status === "INSUFFICIENT_DATA"
            ? result.missing
                .filter((m) => m.reason === "TOO_MUCH_NOT_APPLICABLE")
                .map((m) => (
                  <p key={m.group} className="mt-1 text-xs text-amber-900">
                    {tm("naTooMuch", {
                      group: groupName.get(m.group) ?? m.group,
                      scored: Math.round(100 * (m.scoredShare ?? 0)),
                      required: Math.round(100 * (m.requiredScoredShare ?? 0)),
                    })}
                  </p>
                ))
            : null}
        </div>
      ) : null}
      <p className="mt-3 text-xs text-slate-500">{t("hint")}</p>
    </section>
  );
}
