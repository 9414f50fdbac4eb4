"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitDiagnosisAction } from "@/lib/diagnosis/actions";
import type { EditResult } from "@/lib/diagnosis/action-results";
import type { Answers } from "@/lib/diagnosis/answers";
import { getInstrument, indicatorIndex } from "@/lib/diagnosis/instruments";
import { ConflictPanel } from "@/components/diagnosis/conflict-panel";
import { IndicatorField, type EvidenceFileInfo } from "@/components/diagnosis/indicator-field";
import { SaveStatusLine } from "@/components/diagnosis/save-status";
import { ScorePreview } from "@/components/diagnosis/score-preview";
import { useAutosave } from "@/components/diagnosis/use-autosave";
import { Button } from "@/components/ui/button";

export interface DiagnosisFormProps {
  id: string;
  clusterId: string;
  role: "PRIMARY" | "SECOND";
  version: number;
  answers: Answers;
  instrumentCode: string;
  instrumentVersion: string;
  files: EvidenceFileInfo[];
  comments: Array<{ id: string; indicatorCode: string | null; body: string; byline: string }>;
}

type SubmitProblem =
  | Extract<EditResult, { kind: "INCOMPLETE" }>
  | Extract<EditResult, { kind: "INVALID" }>
  | { ok: false; kind: "ERROR" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" };

export function DiagnosisForm(props: DiagnosisFormProps) {
  const locale = (useLocale() === "en" ? "en" : "id") as "id" | "en";
  const t = useTranslations("diagnosis.form");
  const ta = useTranslations("diagnosis.autosave");
  const tv = useTranslations("diagnosis.validation");
  const te = useTranslations("diagnosis.errors");
  const router = useRouter();
  const instrument = getInstrument(props.instrumentCode, props.instrumentVersion);
  const index = indicatorIndex(instrument);
  const save = useAutosave({ diagnosisId: props.id, initialVersion: props.version, initialAnswers: props.answers });
  const [files, setFiles] = useState(props.files);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const nameOf = (code: string) => index.get(code)?.indicator.name[locale] ?? code;
  const issueFor = new Map(
    [...save.issues, ...(problem?.kind === "INVALID" ? problem.issues : [])].map((i) => [
      i.indicator,
      tv.has(i.key) ? tv(i.key, i.params) : tv("invalidChoice"),
    ]),
  );

  async function submit() {
    setSubmitting(true);
    setProblem(null);
    const { answers, version } = await save.beginSubmit();
    let result: EditResult;
    try {
      result = await submitDiagnosisAction({ diagnosisId: props.id, version, answers });
    } catch {
      result = { ok: false, kind: "ERROR" };
    }
    setSubmitting(false);
    if (result.ok) {
      save.onSubmitted();
      router.push(props.role === "SECOND" ? `/clusters/${props.clusterId}` : `/diagnoses/${props.id}/review`);
      router.refresh();
      return;
    }
    if (result.kind === "CONFLICT") {
      save.onSubmitConflict(result.server);
      return;
    }
    setProblem(result);
    save.submitFailed();
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div>
        <div className="sticky top-0 z-10 -mx-2 mb-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50/95 px-2 py-2 print:hidden">
          <SaveStatusLine status={save.status} savedAt={save.savedAt} locale={locale} />
          <Button
            type="button"
            onClick={() => void submit()}
            disabled={submitting || save.status === "conflict" || save.status === "closed"}
          >
            {submitting ? t("submitting") : t("submit")}
          </Button>
        </div>
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
        {problem ? (
          <div
            role="alert"
            className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
            data-testid="submit-problem"
          >
            {problem.kind === "INCOMPLETE" ? (
              <>
                <p className="font-medium">{t("incomplete")}</p>
                <ul className="mt-1 list-disc pl-5">
                  {problem.missing.map((m) => (
                    <li key={m.group}>
                      {instrument.groups.find((g) => g.code === m.group)?.name[locale]}:{" "}
                      {m.indicators.map((code, i) => (
                        <span key={code}>
                          {i > 0 ? ", " : ""}
                          <a href={`#indicator-${code}`} className="underline">
                            {nameOf(code)}
                          </a>
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </>
            ) : problem.kind === "INVALID" ? (
              <>
                <p className="font-medium">{t("invalid")}</p>
                <ul className="mt-1 list-disc pl-5">
                  {problem.issues.map((i) => (
                    <li key={`${i.indicator}-${i.key}`}>
                      {i.indicator ? `${nameOf(i.indicator)}: ` : ""}
                      {tv.has(i.key) ? tv(i.key, i.params) : tv("invalidChoice")}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{te(problem.kind)}</p>
            )}
          </div>
        ) : null}
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
        <nav aria-label={t("sections")} className="mb-4 print:hidden">
          <ol className="flex flex-wrap gap-2 text-sm">
            {instrument.groups.map((g, i) => (
              <li key={g.code}>
                <a
                  href={`#group-${g.code}`}
                  className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100"
                >
                  {i + 1}. {g.name[locale]}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        {instrument.groups.map((group, gi) => (
          <section key={group.code} id={`group-${group.code}`} aria-labelledby={`group-${group.code}-title`} className="mb-8 scroll-mt-20">
            <h2 id={`group-${group.code}-title`} className="mb-3 text-lg font-semibold text-slate-900">
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
                      onChange={(patch, remove) => save.update(indicator.code, patch, remove)}
                      onUploaded={(f) => setFiles((prev) => [...prev, f])}
                    />
                  </div>
                );
              })}
            </div>
          </section>
        ))}
      </div>
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <ScorePreview instrument={instrument} answers={save.answers} locale={locale} />
      </aside>
    </div>
  );
}
