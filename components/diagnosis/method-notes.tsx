import { getTranslations } from "next-intl/server";
import { diagnose, fixedConditions, type DiagnosisResult, type Instrument } from "@/lib/diagnosis/engine";
import { CURRENT_INSTRUMENT } from "@/lib/diagnosis/instruments";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import { provisionalWith, type Answers } from "@/lib/diagnosis/answers";
import { StageBadge } from "@/components/clusters/stage-badge";

type Locale = "id" | "en";

/** Why the what-if and the recommendations never propose a fixed condition (2026.2: geographic location). */
export async function FixedConditionsNote({ instrument, locale }: { instrument: Instrument; locale: Locale }) {
  const codes = fixedConditions(instrument);
  if (codes.length === 0) return null;
  const tm = await getTranslations("method");
  const index = indicatorIndex(instrument);
  const names = codes.map((c) => index.get(c)?.indicator.name[locale] ?? c).join(", ");
  return (
    <p className="mb-4 max-w-3xl rounded-md bg-slate-50 p-3 text-sm text-slate-700" data-testid="fixed-conditions">
      {tm("fixedNote", { indicators: names })}
    </p>
  );
}

/** How many indicators are N/A and which, with their reasons (form, review page, report). */
export async function NotApplicableList({
  instrument,
  result,
  locale,
}: {
  instrument: Instrument;
  result: DiagnosisResult;
  locale: Locale;
}) {
  const tm = await getTranslations("method");
  const index = indicatorIndex(instrument);
  const na = result.indicators.filter((o) => o.status === "NOT_APPLICABLE");
  const fraction = instrument.rules.minScoredWeight;
  return (
    <div data-testid="not-applicable">
      <h3 className="mb-1 text-sm font-semibold">{tm("naTitle")}</h3>
      <p className="text-sm">{tm("naCount", { count: na.length })}</p>
      {na.length > 0 ? (
        <ul className="list-disc pl-5 text-sm">
          {na.map((o) => (
            <li key={o.indicator} className="bg-amber-50">
              {index.get(o.indicator)?.indicator.name[locale] ?? o.indicator}: {tm("naReason", { reason: o.reason ?? "" })}
            </li>
          ))}
        </ul>
      ) : null}
      {fraction ? (
        <p className="mt-1 text-xs text-slate-600">
          {tm("naBound", { share: Math.round((100 * fraction.numerator) / fraction.denominator) })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * For an approved diagnosis on an older version: what the current version would
 * say from the same answers. Computed here, never stored; clearly not the official stage.
 */
export async function RescorePanel({ instrument, answers }: { instrument: Instrument; answers: Answers }) {
  if (instrument.code !== CURRENT_INSTRUMENT.code || instrument.version === CURRENT_INSTRUMENT.version) return null;
  const tm = await getTranslations("method");
  const ts = await getTranslations("stages");
  const result = provisionalWith(diagnose, CURRENT_INSTRUMENT, answers);
  if (!result) return null;
  const v = CURRENT_INSTRUMENT.version;
  return (
    <section className="rounded-md border border-dashed border-slate-400 p-3 text-sm" data-testid="rescore">
      <h3 className="mb-1 font-semibold">{tm("rescoreTitle", { version: v })}</h3>
      {result.status === "DIAGNOSED" ? (
        <p className="flex items-center gap-2">
          {tm("rescoreStage", { version: v, stage: ts(result.stage) })} <StageBadge stage={result.stage} />
        </p>
      ) : (
        <p>{tm("rescoreInsufficient", { version: v })}</p>
      )}
      <p className="mt-1 text-xs text-slate-600">{tm("rescoreNote", { old: instrument.version })}</p>
    </section>
  );
}
