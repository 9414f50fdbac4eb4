"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { submitDiagnosisAction } from "@/lib/diagnosis/actions";
import type { EditResult } from "@/lib/diagnosis/action-results";
import { answerState, type Answers } from "@/lib/diagnosis/answers";
import type { DiagnosisResult, Instrument } from "@/lib/diagnosis/engine";
import { indicatorCodes } from "@/lib/diagnosis/instrument-index";
import { ConflictPanel } from "@/components/diagnosis/conflict-panel";
import { DiscardDraft } from "@/components/diagnosis/discard-draft";
import { FormHeader } from "@/components/diagnosis/form-header";
import { IndicatorField, type EvidenceFileInfo } from "@/components/diagnosis/indicator-field";
import { ProvisionalResult } from "@/components/diagnosis/provisional-result";
import { ScorePreview } from "@/components/diagnosis/score-preview";
import { SubmitSummary, type SubmitProblem } from "@/components/diagnosis/submit-summary";
import { useAutosave } from "@/components/diagnosis/use-autosave";
import { keepPageOffline } from "@/components/offline/offline-data";
import { Button } from "@/components/ui/button";

export interface DiagnosisFormProps {
  id: string;
  clusterId: string;
  role: "PRIMARY" | "SECOND";
  version: number;
  answers: Answers;
  /** When the server's answers were last saved (null for a draft never saved). */
  savedAt: string | null;
  /** A draft (never submitted) may be discarded by who edits it. */
  canDiscard: boolean;
  /** The diagnosis's own instrument version (from the server: the browser does not ship the registry). */
  instrument: Instrument;
  /** The engine's result for `answers`, computed on the server: shown until the engine has loaded here. */
  initialResult: DiagnosisResult | null;
  files: EvidenceFileInfo[];
  comments: Array<{ id: string; indicatorCode: string | null; body: string; byline: string }>;
}

/** Moves to an element below the sticky header (the page's scroll-padding) and focuses it without a second jump. */
function reveal(target: HTMLElement | null, focus: HTMLElement | null = target) {
  if (!target) return;
  target.scrollIntoView({ block: "start" });
  focus?.focus({ preventScroll: true });
}

export function DiagnosisForm(props: DiagnosisFormProps) {
  const locale = (useLocale() === "en" ? "en" : "id") as "id" | "en";
  const t = useTranslations("diagnosis.form");
  const ta = useTranslations("diagnosis.autosave");
  const tv = useTranslations("diagnosis.validation");
  const router = useRouter();
  const { instrument } = props;
  const codes = useMemo(() => indicatorCodes(instrument), [instrument]);
  const save = useAutosave({
    diagnosisId: props.id,
    initialVersion: props.version,
    initialAnswers: props.answers,
    initialSavedAt: props.savedAt,
  });
  const [files, setFiles] = useState(props.files);
  // Reached through a link: the service worker keeps this form for use offline too.
  useEffect(keepPageOffline, [props.id]);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);

  // The preview and the sticky bar each show the engine's result on the answers as they stand.
  const provisional = { instrument, answers: save.answers, initialAnswers: props.answers, initialResult: props.initialResult };
  const isAnswered = (code: string) => answerState(save.answers[code]) !== "MISSING";
  const answered = codes.filter(isAnswered).length;
  const sections = instrument.groups.map((g) => ({
    code: g.code,
    name: g.name[locale],
    answered: g.indicators.filter((i) => isAnswered(i.code)).length,
    total: g.indicators.length,
  }));
  // What a refused submit flagged and is still open (the header counts down as the assessor fixes it).
  const flagged = new Set(problem?.kind === "INCOMPLETE" ? problem.missing.flatMap((m) => m.indicators).filter((c) => !isAnswered(c)) : []);
  const reasonsLeft =
    problem?.kind === "INCOMPLETE"
      ? problem.reasonMissing.filter((c) => save.answers[c]?.notApplicable && !save.answers[c]?.reason?.trim()).length
      : 0;
  const issueFor = new Map(
    [...save.issues, ...(problem?.kind === "INVALID" ? problem.issues : [])].map((i) => [
      i.indicator,
      tv.has(i.key) ? tv(i.key, i.params) : tv("invalidChoice"),
    ]),
  );

  async function submit() {
    setSubmitting(true);
    const { answers, version } = await save.beginSubmit();
    let result: EditResult;
    try {
      result = await submitDiagnosisAction({ diagnosisId: props.id, version, answers });
    } catch {
      result = { ok: false, kind: "ERROR" };
    }
    setSubmitting(false);
    if (result.ok) {
      setProblem(null);
      save.onSubmitted();
      router.push(props.role === "SECOND" ? `/clusters/${props.clusterId}` : `/diagnoses/${props.id}/review`);
      router.refresh();
      return;
    }
    if (result.kind === "CONFLICT") {
      setProblem(null);
      save.onSubmitConflict(result.server);
      return;
    }
    // A new object each time, so the summary takes the focus again on a repeated refusal.
    setProblem({ ...result });
    save.submitFailed();
  }

  function goToIndicator(code: string, control: "level" | "reason") {
    const field = document.getElementById(`indicator-${code}`);
    if (control === "reason") return reveal(field, document.getElementById(`${code}-reason`));
    reveal(field, field?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? field?.querySelector("input"));
  }

  const goToSection = (code: string) => reveal(document.getElementById(`group-${code}-title`));

  return (
    <>
      {props.canDiscard ? (
        <div className="mb-3">
          <DiscardDraft diagnosisId={props.id} prepare={async () => (await save.beginSubmit()).version} onRefused={save.submitFailed} />
        </div>
      ) : null}
      {/* minmax(0, …) and min-w-0: the sideways-scrolling section links must not widen the page. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <ProvisionalResult {...provisional}>
            {(result) => (
              <FormHeader
                status={save.status}
                savedAt={save.savedAt}
                unsent={save.unsent}
                locale={locale}
                gaps={problem?.kind === "INCOMPLETE" ? { unanswered: flagged.size, reasons: reasonsLeft } : null}
                answered={answered}
                total={codes.length}
                result={result}
                sections={sections}
                submitting={submitting}
                canSubmit={save.status !== "conflict" && save.status !== "closed"}
                onSubmit={() => void submit()}
                onSection={goToSection}
              />
            )}
          </ProvisionalResult>
          {save.restored ? <p className="mb-3 rounded-md bg-sky-50 p-3 text-sm text-sky-900">{ta("restored")}</p> : null}
          {save.staleLocal ? (
            <div className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="alert">
              <p>{ta("staleLocal", { version: save.staleLocal.baseVersion, current: save.version })}</p>
              <div className="mt-2 flex gap-2">
                <Button type="button" onClick={save.applyStaleLocal}>
                  {ta("applyLocal")}
                </Button>
                <Button type="button" variant="secondary" onClick={save.discardStaleLocal}>
                  {ta("discardLocal")}
                </Button>
              </div>
            </div>
          ) : null}
          {save.conflict ? (
            <ConflictPanel
              instrument={instrument}
              locale={locale}
              mine={save.answers}
              server={save.conflict}
              onResolve={save.resolveConflict}
            />
          ) : null}
          {problem ? <SubmitSummary problem={problem} instrument={instrument} locale={locale} onGo={goToIndicator} /> : null}
          {props.comments.some((c) => c.indicatorCode === null) ? (
            <section className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" aria-labelledby="returned-title">
              <h2 id="returned-title" className="font-semibold text-amber-900">
                {t("returnedTitle")}
              </h2>
              <p className="text-amber-900">{t("returnedBody")}</p>
              {props.comments
                .filter((c) => c.indicatorCode === null)
                .map((c) => (
                  <p key={c.id} className="mt-2 text-amber-900">
                    <span className="font-medium">{t("reviewerComment")}:</span> {c.body} <span className="text-xs">({c.byline})</span>
                  </p>
                ))}
            </section>
          ) : null}
          {instrument.groups.map((group, gi) => {
            const next = instrument.groups[gi + 1];
            return (
              <section key={group.code} id={`group-${group.code}`} aria-labelledby={`group-${group.code}-title`} className="mb-8">
                <h2
                  id={`group-${group.code}-title`}
                  tabIndex={-1}
                  className="mb-3 text-lg font-semibold text-slate-900 focus:outline-none focus-visible:underline"
                >
                  {gi + 1}. {group.name[locale]}
                </h2>
                <div className="grid gap-4">
                  {group.indicators.map((indicator, ii) => {
                    const sub = group.subGroups?.find((s) => s.code === indicator.subGroup);
                    const firstOfSub = sub && group.indicators[ii - 1]?.subGroup !== indicator.subGroup;
                    return (
                      <div key={indicator.code}>
                        {firstOfSub ? (
                          <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">{sub.name[locale]}</h3>
                        ) : null}
                        <IndicatorField
                          indicator={indicator}
                          locale={locale}
                          answer={save.answers[indicator.code]}
                          comments={props.comments.filter((c) => c.indicatorCode === indicator.code)}
                          file={files.find((f) => f.id === save.answers[indicator.code]?.fileId) ?? null}
                          diagnosisId={props.id}
                          error={issueFor.get(indicator.code)}
                          missing={flagged.has(indicator.code)}
                          onChange={(patch, remove) => save.update(indicator.code, patch, remove)}
                          onUploaded={(f) => setFiles((prev) => [...prev, f])}
                        />
                      </div>
                    );
                  })}
                </div>
                {next ? (
                  <p className="mt-4 flex justify-end print:hidden">
                    <a
                      href={`#group-${next.code}`}
                      onClick={(e) => {
                        e.preventDefault();
                        goToSection(next.code);
                      }}
                      className="inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
                    >
                      {t("nextSection", { section: `${gi + 2}. ${next.name[locale]}` })} <span aria-hidden>→</span>
                    </a>
                  </p>
                ) : null}
              </section>
            );
          })}
        </div>
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <ProvisionalResult {...provisional}>
            {(result) => <ScorePreview instrument={instrument} result={result} answered={answered} locale={locale} />}
          </ProvisionalResult>
        </aside>
      </div>
    </>
  );
}
