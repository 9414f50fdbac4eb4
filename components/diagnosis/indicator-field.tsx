"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Indicator, Level } from "@/lib/diagnosis/engine";
import type { Answer } from "@/lib/diagnosis/answers";
import { MAX_FILE_BYTES, MAX_TEXT } from "@/lib/diagnosis/limits";
import { FileInput } from "@/components/forms/file-input";
import { cn } from "@/components/ui/cn";

export interface EvidenceFileInfo {
  id: string;
  fileName: string;
}

interface Props {
  indicator: Indicator;
  locale: "id" | "en";
  answer: Answer | undefined;
  comments: Array<{ id: string; body: string; byline: string }>;
  file: EvidenceFileInfo | null;
  diagnosisId: string;
  error?: string;
  /** Flagged by a refused submit and still unanswered: outlined, and said so in words. */
  missing?: boolean;
  onChange(patch: Partial<Answer>, remove?: Array<keyof Answer>): void;
  onUploaded(file: EvidenceFileInfo): void;
}

const CONTROL =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-emerald-600 focus:outline-none focus:ring-2 focus:ring-emerald-600/30";

/** One indicator: its five described levels as a radio group, N/A with a reason, and evidence. */
export function IndicatorField({ indicator, locale, answer, comments, file, diagnosisId, error, missing, onChange, onUploaded }: Props) {
  const t = useTranslations("diagnosis.form");
  const tv = useTranslations("diagnosis.validation");
  const [upload, setUpload] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const code = indicator.code;
  const id = (suffix: string) => `${code}-${suffix}`;
  const name = indicator.name[locale];
  const isNa = Boolean(answer?.notApplicable);
  const reasonMissing = isNa && !answer?.reason?.trim();

  async function uploadFile(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setUpload({ busy: false, error: tv("fileTooLarge", { max: 5 }) });
      input.value = "";
      return;
    }
    setUpload({ busy: true, error: null });
    const body = new FormData();
    body.set("diagnosisId", diagnosisId);
    body.set("indicatorCode", code);
    body.set("file", chosen);
    try {
      const res = await fetch("/api/evidence", { method: "POST", body });
      const json = (await res.json()) as { id?: string; fileName?: string; error?: string };
      if (!res.ok || !json.id) throw new Error(json.error ?? res.statusText);
      onUploaded({ id: json.id, fileName: json.fileName ?? chosen.name });
      onChange({ fileId: json.id });
      setUpload({ busy: false, error: null });
    } catch (err) {
      setUpload({ busy: false, error: t("uploadFailed", { reason: err instanceof Error ? err.message : "?" }) });
    }
    input.value = "";
  }

  return (
    <fieldset
      id={`indicator-${code}`}
      data-missing={missing ? "true" : undefined}
      className={cn(
        "rounded-lg border bg-white p-4",
        missing ? "border-red-600 outline-2 outline-offset-2 outline-red-600" : error ? "border-red-400" : "border-slate-200",
      )}
    >
      <legend className="px-1 text-base font-semibold text-slate-900">{name}</legend>
      {indicator.description ? <p className="mb-3 text-sm text-slate-600">{indicator.description[locale]}</p> : null}
      {comments.length > 0 ? (
        <div className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" role="note" aria-label={t("reviewerComment")}>
          <p className="font-medium text-amber-900">{t("reviewerComment")}</p>
          {comments.map((c) => (
            <p key={c.id} className="mt-1 text-amber-900">
              {c.body} <span className="text-xs text-amber-800">({c.byline})</span>
            </p>
          ))}
        </div>
      ) : null}
      {missing ? (
        <p id={id("missing")} className="mb-2 text-sm font-medium text-red-700">
          {t("unansweredFlag")}
        </p>
      ) : null}
      <div
        className="grid gap-2"
        role="radiogroup"
        aria-label={name}
        aria-describedby={[missing ? id("missing") : null, error ? id("error") : null].filter(Boolean).join(" ") || undefined}
      >
        {indicator.rubric.map((text, i) => {
          const level = (i + 1) as Level;
          const checked = answer?.level === level;
          return (
            <label
              key={level}
              className={cn(
                "flex cursor-pointer gap-3 rounded-md border p-2 text-sm hover:bg-slate-50",
                checked ? "border-emerald-600 bg-emerald-50" : "border-slate-200",
              )}
            >
              <input
                type="radio"
                name={id("level")}
                value={level}
                checked={checked}
                onChange={() => onChange({ level }, ["notApplicable", "reason"])}
                className="mt-1 accent-emerald-700"
              />
              <span>
                <span className="font-semibold">{t("levelLabel", { level })}</span>
                <span className="block text-slate-700">{text[locale]}</span>
              </span>
            </label>
          );
        })}
        <label
          className={cn(
            "flex cursor-pointer gap-3 rounded-md border p-2 text-sm",
            isNa ? "border-slate-500 bg-slate-100" : "border-dashed border-slate-300",
          )}
        >
          <input
            type="radio"
            name={id("level")}
            value="NA"
            checked={isNa}
            onChange={() => onChange({ notApplicable: true }, ["level"])}
            className="mt-1 accent-slate-700"
          />
          <span className="font-medium">{t("notApplicable")}</span>
        </label>
      </div>
      {isNa ? (
        <div className="mt-2 flex flex-col gap-1">
          <label htmlFor={id("reason")} className="text-sm font-medium">
            {t("reason")}
          </label>
          <textarea
            id={id("reason")}
            className={cn(CONTROL, reasonMissing && "border-red-600")}
            rows={2}
            maxLength={MAX_TEXT}
            required
            aria-invalid={reasonMissing || undefined}
            aria-describedby={reasonMissing ? id("reason-error") : undefined}
            value={answer?.reason ?? ""}
            onChange={(e) => onChange({ reason: e.target.value })}
          />
          {reasonMissing ? (
            <p id={id("reason-error")} className="text-sm text-red-700">
              {t("reasonRequired")}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={id("evidence")} className="text-sm font-medium">
            {t("evidence")}
          </label>
          <textarea
            id={id("evidence")}
            className={CONTROL}
            rows={2}
            maxLength={MAX_TEXT}
            value={answer?.evidence ?? ""}
            onChange={(e) => onChange({ evidence: e.target.value })}
          />
        </div>
        <div className="flex flex-col gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor={id("link")} className="text-sm font-medium">
              {t("link")}
            </label>
            <input
              id={id("link")}
              type="url"
              className={CONTROL}
              maxLength={500}
              placeholder="https://"
              value={answer?.link ?? ""}
              onChange={(e) => onChange({ link: e.target.value })}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={id("file")} className="text-sm font-medium">
              {t("file")}
            </label>
            <FileInput
              id={id("file")}
              accept="application/pdf,image/png,image/jpeg,image/webp"
              disabled={upload.busy}
              onChange={(e) => void uploadFile(e.currentTarget)}
            />
            {upload.busy ? <p className="text-sm text-slate-600">{t("uploading")}</p> : null}
            {upload.error ? <p className="text-sm text-red-700">{upload.error}</p> : null}
            {file && answer?.fileId === file.id ? (
              <p className="text-sm">
                {t("attached")}{" "}
                <a className="text-emerald-800 underline" href={`/api/evidence/${file.id}`} target="_blank" rel="noreferrer">
                  {file.fileName}
                </a>{" "}
                <button type="button" className="ml-2 text-xs text-slate-600 underline" onClick={() => onChange({}, ["fileId"])}>
                  {t("removeFile")}
                </button>
              </p>
            ) : null}
          </div>
        </div>
      </div>
      {error ? (
        <p id={id("error")} className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
