"use client";

import { useTranslations } from "next-intl";
import type { SaveStatus } from "@/components/diagnosis/autosave-state";
import { cn } from "@/components/ui/cn";

const TONE: Record<SaveStatus, string> = {
  idle: "text-slate-500",
  pending: "text-slate-600",
  saving: "text-slate-700",
  saved: "text-emerald-800",
  error: "text-amber-800",
  offline: "text-amber-800",
  conflict: "text-red-800",
  invalid: "text-red-800",
  closed: "text-red-800",
};

/** "menyimpan / tersimpan / gagal menyimpan, mencoba lagi", announced politely. */
export function SaveStatusLine({ status, savedAt, locale }: { status: SaveStatus; savedAt: string | null; locale: "id" | "en" }) {
  const t = useTranslations("diagnosis.autosave");
  const tc = useTranslations("diagnosis.conflict");
  const time = savedAt
    ? new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { timeStyle: "short", timeZone: "Asia/Jakarta" }).format(
        new Date(savedAt),
      )
    : null;
  const text = status === "saved" && time ? t("savedAt", { time }) : status === "closed" ? tc("notEditable") : t(status);
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-status={status} className={cn("text-sm font-medium", TONE[status])}>
      {text}
    </p>
  );
}
