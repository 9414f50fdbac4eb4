"use client";

import { useTranslations } from "next-intl";
import type { SaveStatus } from "@/components/diagnosis/autosave-state";
import { cn } from "@/components/ui/cn";
import { formatDayTime, formatTime } from "@/lib/i18n/format";

const TONE: Record<SaveStatus, string> = {
  idle: "text-slate-700",
  pending: "text-slate-700",
  saving: "text-slate-700",
  saved: "text-emerald-800",
  error: "text-amber-800",
  offline: "text-amber-800",
  conflict: "text-red-800",
  invalid: "text-red-800",
  closed: "text-red-800",
};

/**
 * "menyimpan / tersimpan / gagal menyimpan, mencoba lagi", announced politely. A draft
 * reopened with nothing changed yet says when the server's copy was saved (day and time);
 * a save in this session says the time.
 */
export function SaveStatusLine({ status, savedAt, locale }: { status: SaveStatus; savedAt: string | null; locale: "id" | "en" }) {
  const t = useTranslations("diagnosis.autosave");
  const tc = useTranslations("diagnosis.conflict");
  const when = savedAt ? new Date(savedAt) : null;
  const text =
    status === "saved" && when
      ? t("savedAt", { time: formatTime(when, locale) })
      : status === "idle" && when
        ? t("savedAt", { time: formatDayTime(when, locale) })
        : status === "closed"
          ? tc("notEditable")
          : t(status);
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-status={status} className={cn("text-sm font-medium", TONE[status])}>
      {text}
    </p>
  );
}
