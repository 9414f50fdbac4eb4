"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { DAY_MONTH_YEAR_SHAPE, parseDayMonthYear, toDayMonthYear } from "@/lib/forms/dates";
import type { AppLocale } from "@/lib/i18n/config";
import { formatLongDate } from "@/lib/i18n/format";
import { CONTROL, FieldShell } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

/**
 * THE date field: typed as dd/mm/yyyy whatever the browser's language, with the day in
 * words beside it ("Selasa, 13 Januari 2026"). The visible input itself carries the
 * field's name and posts what was typed, so the form works before (or without)
 * JavaScript; the server's date schema (`dateOnly` in lib/support/fields.ts) reads both
 * `dd/mm/yyyy` and ISO and answers an impossible day (31/02/2026) with its own message.
 * Spreads like TextField: `{...field("paidOn")}`.
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
            name={name}
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
          <p id={previewId} className="min-h-4 text-xs text-slate-700" data-testid="date-preview">
            {iso
              ? formatLongDate(iso, locale)
              : blank
                ? ""
                : DAY_MONTH_YEAR_SHAPE.test(typed.trim())
                  ? t("dateNotInCalendar")
                  : t("dateUnreadable")}
          </p>
        </>
      )}
    </FieldShell>
  );
}
