"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { parseDayMonthYear, toDayMonthYear } from "@/lib/forms/dates";
import type { AppLocale } from "@/lib/i18n/config";
import { formatLongDate } from "@/lib/i18n/format";
import { CONTROL, FieldShell } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

/**
 * THE date field: typed as dd/mm/yyyy whatever the browser's language, with the day in
 * words beside it ("Selasa, 13 Januari 2026"); the form posts ISO (`2026-01-13`) under
 * the field's name from a hidden input. Text that is no date is posted as typed, so the
 * server's own date message answers it. Spreads like TextField: `{...field("paidOn")}`.
 */
export function DateField({
  id,
  name,
  label,
  defaultValue,
  errors,
  required,
  hideLabel,
  className,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string | number;
  errors?: string[];
  required?: boolean;
  hideLabel?: boolean;
  className?: string;
}) {
  const t = useTranslations("forms");
  const locale = useLocale() as AppLocale;
  const initial = toDayMonthYear(String(defaultValue ?? ""));
  const [typed, setTyped] = useState(initial);
  // A new default (the record after a save, the submitted text after a refusal) replaces what is shown.
  const [shownDefault, setShownDefault] = useState(initial);
  if (initial !== shownDefault) {
    setShownDefault(initial);
    setTyped(initial);
  }
  const blank = typed.trim() === "";
  const iso = blank ? null : parseDayMonthYear(typed);
  const previewId = `${id}-preview`;
  return (
    <FieldShell
      id={id}
      label={label}
      errors={errors}
      hint={hideLabel ? undefined : t("dateHint")}
      required={required}
      hideLabel={hideLabel}
    >
      {(aria) => (
        <>
          <input
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t("datePlaceholder")}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            required={required}
            className={cn(CONTROL, "w-40", className)}
            {...aria}
            aria-describedby={[aria["aria-describedby"], previewId].filter(Boolean).join(" ")}
          />
          <input type="hidden" name={name} value={iso ?? typed.trim()} data-field-id={id} />
          <p id={previewId} className="min-h-4 text-xs text-slate-700" data-testid="date-preview">
            {iso ? formatLongDate(iso, locale) : blank ? "" : t("dateUnreadable")}
          </p>
        </>
      )}
    </FieldShell>
  );
}
