"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { DiagnosisResult } from "@/lib/diagnosis/engine";
import type { SaveStatus } from "@/components/diagnosis/autosave-state";
import { SaveStatusLine } from "@/components/diagnosis/save-status";
import { ProvisionalStage } from "@/components/diagnosis/score-preview";
import { gapText } from "@/components/diagnosis/submit-summary";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export interface SectionProgress {
  code: string;
  name: string;
  answered: number;
  total: number;
}

/** "3 jawaban belum terkirim": kept on this device until the server has them (offline, or a save under way). */
function UnsentCount({ count }: { count: number }) {
  const t = useTranslations("diagnosis.autosave");
  if (count === 0) return null;
  return (
    <p className="text-sm text-amber-800" data-testid="pending-changes" data-count={count}>
      {t("unsent", { count })}
    </p>
  );
}

/**
 * The form's sticky header: save status, what a refused submit left to do, the submit
 * button, a compact preview below 1024 px (where the full preview sits under the form)
 * and the section links with their progress. Opaque, so nothing scrolls through it. Its
 * height becomes the page's `scroll-padding-top`, so jumps to an indicator, a section,
 * or a control reached with Tab never end up hidden beneath it.
 */
export function FormHeader({
  status,
  savedAt,
  unsent,
  locale,
  gaps,
  answered,
  total,
  result,
  sections,
  submitting,
  canSubmit,
  onSubmit,
  onSection,
}: {
  status: SaveStatus;
  savedAt: string | null;
  /** Answers changed here and not yet on the server. */
  unsent: number;
  locale: "id" | "en";
  gaps: { unanswered: number; reasons: number } | null;
  answered: number;
  total: number;
  result: DiagnosisResult | null;
  sections: SectionProgress[];
  submitting: boolean;
  canSubmit: boolean;
  onSubmit(): void;
  onSection(code: string): void;
}) {
  const t = useTranslations("diagnosis.form");
  const tp = useTranslations("diagnosis.preview");
  const header = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = header.current;
    if (!el) return;
    const root = document.documentElement;
    const before = root.style.scrollPaddingTop;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingTop = `${Math.ceil(el.getBoundingClientRect().height) + 12}px`;
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = before;
    };
  }, []);

  const gapLine = gaps && (gaps.unanswered > 0 || gaps.reasons > 0) ? gapText(t, gaps.unanswered, gaps.reasons) : null;
  return (
    <div
      ref={header}
      data-testid="form-header"
      className="sticky top-0 z-20 -mx-2 mb-4 border-b border-slate-300 bg-slate-50 px-2 pt-2 shadow-sm print:hidden"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 pb-2">
        <div className="flex min-w-0 flex-col">
          <SaveStatusLine status={status} savedAt={savedAt} locale={locale} />
          <UnsentCount count={unsent} />
          {gapLine ? (
            <p className="text-sm font-semibold text-red-800" data-testid="gap-count">
              {gapLine}
            </p>
          ) : null}
        </div>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800 lg:hidden" data-testid="compact-preview">
          <span className="tabular-nums">{t("answeredShort", { answered, total })}</span> <span aria-hidden>·</span>{" "}
          <span>{tp("provisional")}:</span> <ProvisionalStage result={result} testId="compact-stage" className="px-2 py-0.5" />
        </p>
        <Button type="button" onClick={onSubmit} disabled={!canSubmit || submitting}>
          {submitting ? t("submitting") : t("submit")}
        </Button>
      </div>
      <nav aria-label={t("sections")}>
        {/* One row that scrolls sideways on a tablet (the header stays short); wrapped on a wide screen. */}
        <ol className="flex gap-2 overflow-x-auto whitespace-nowrap pb-2 text-sm lg:flex-wrap lg:whitespace-normal">
          {sections.map((s, i) => {
            const done = s.answered === s.total;
            return (
              <li key={s.code} className="shrink-0">
                <a
                  href={`#group-${s.code}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onSection(s.code);
                  }}
                  className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white py-1 pl-3 pr-1 hover:bg-slate-100"
                >
                  <span>
                    {i + 1}. {s.name}
                  </span>
                  <span
                    className={cn(
                      "rounded-full px-2 py-0.5 text-xs font-medium tabular-nums",
                      done ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-800",
                    )}
                    data-testid={`section-progress-${s.code}`}
                  >
                    {t("sectionProgress", { answered: s.answered, total: s.total })}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
    </div>
  );
}
