"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { EditResult } from "@/lib/diagnosis/action-results";
import type { Instrument } from "@/lib/diagnosis/engine";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";

type FormT = ReturnType<typeof useTranslations<"diagnosis.form">>;

/** "20 indikator belum diisi, 1 alasan tidak berlaku belum diisi" (the parts that are not zero). */
export function gapText(t: FormT, unanswered: number, reasons: number): string {
  return [unanswered > 0 ? t("gapUnanswered", { count: unanswered }) : null, reasons > 0 ? t("gapReasons", { count: reasons }) : null]
    .filter(Boolean)
    .join(", ");
}

export type SubmitProblem =
  | Extract<EditResult, { kind: "INCOMPLETE" }>
  | Extract<EditResult, { kind: "INVALID" }>
  | { ok: false; kind: "ERROR" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" };

/**
 * The error summary of a refused submit: it takes the focus, says how much is left,
 * and links every indicator to fix (unanswered ones and N/A without a reason, group
 * by group in form order), so the first link reaches the first gap. `onGo` moves to
 * an indicator (scrolled below the sticky header, its first control focused).
 */
export function SubmitSummary({
  problem,
  instrument,
  locale,
  onGo,
}: {
  problem: SubmitProblem;
  instrument: Instrument;
  locale: "id" | "en";
  onGo(code: string, control: "level" | "reason"): void;
}) {
  const t = useTranslations("diagnosis.form");
  const tv = useTranslations("diagnosis.validation");
  const te = useTranslations("diagnosis.errors");
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), [problem]);
  const index = indicatorIndex(instrument);
  const nameOf = (code: string) => index.get(code)?.indicator.name[locale] ?? code;

  let body;
  if (problem.kind === "INCOMPLETE") {
    const unanswered = new Set(problem.missing.flatMap((m) => m.indicators));
    const reasonMissing = new Set(problem.reasonMissing);
    const groupReason = new Map(problem.missing.map((m) => [m.group, m.reason]));
    const lines = instrument.groups
      .map((group) => ({
        group,
        items: group.indicators
          .map((i) => i.code)
          .filter((code) => unanswered.has(code) || reasonMissing.has(code))
          .map((code) => ({ code, control: reasonMissing.has(code) ? ("reason" as const) : ("level" as const) })),
        tooMuchNa: groupReason.get(group.code) === "TOO_MUCH_NOT_APPLICABLE" || groupReason.get(group.code) === "ALL_NOT_APPLICABLE",
      }))
      .filter((line) => line.items.length > 0 || line.tooMuchNa);
    body = (
      <>
        <p className="mt-1">
          {gapText(t, unanswered.size, reasonMissing.size)}. {t("fixThenSubmit")}
        </p>
        <ul className="mt-2 grid gap-1.5 pl-5 [list-style:disc]">
          {lines.map(({ group, items, tooMuchNa }) => (
            <li key={group.code}>
              <span className="font-medium">{group.name[locale]}:</span>{" "}
              {items.map(({ code, control }, i) => (
                <span key={code}>
                  {i > 0 ? ", " : ""}
                  <a
                    href={control === "reason" ? `#${code}-reason` : `#indicator-${code}`}
                    className="underline underline-offset-2 hover:text-red-950"
                    onClick={(e) => {
                      e.preventDefault();
                      onGo(code, control);
                    }}
                  >
                    {control === "reason" ? t("reasonMissingItem", { indicator: nameOf(code) }) : nameOf(code)}
                  </a>
                </span>
              ))}
              {tooMuchNa ? <span className="block">{t("groupTooMuchNa")}</span> : null}
            </li>
          ))}
        </ul>
      </>
    );
  } else if (problem.kind === "INVALID") {
    body = (
      <ul className="mt-1 list-disc pl-5">
        {problem.issues.map((i) => (
          <li key={`${i.indicator}-${i.key}`}>
            {i.indicator ? `${nameOf(i.indicator)}: ` : ""}
            {tv.has(i.key) ? tv(i.key, i.params) : tv("invalidChoice")}
          </li>
        ))}
      </ul>
    );
  } else body = <p className="mt-1">{te(problem.kind)}</p>;

  return (
    <section
      ref={box}
      tabIndex={-1}
      aria-labelledby="submit-problem-title"
      className="mb-4 rounded-md border-2 border-red-600 bg-red-50 p-4 text-sm text-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-600 focus-visible:ring-offset-2"
      data-testid="submit-problem"
    >
      <h2 id="submit-problem-title" className="text-base font-semibold">
        {problem.kind === "INCOMPLETE" ? t("incomplete") : problem.kind === "INVALID" ? t("invalid") : t("submitFailed")}
      </h2>
      {body}
    </section>
  );
}
