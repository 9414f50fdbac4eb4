"use client";

import { useTranslations } from "next-intl";
import { useState, type InputHTMLAttributes } from "react";

/**
 * A file input whose button and "no file chosen" text are the app's own, in the page's
 * language (the browser's own are in the browser's language). The real input stays in
 * the form and in the tab order, visually hidden; the button is its label.
 */
export function FileInput({ id, onChange, ...props }: InputHTMLAttributes<HTMLInputElement> & { id: string }) {
  const t = useTranslations("forms");
  const [chosen, setChosen] = useState<string | null>(null);
  const chosenId = `${id}-chosen`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        id={id}
        type="file"
        className="peer sr-only"
        {...props}
        aria-describedby={[props["aria-describedby"], chosenId].filter(Boolean).join(" ")}
        onChange={(e) => {
          setChosen(e.currentTarget.files?.[0]?.name ?? null);
          onChange?.(e);
        }}
      />
      <label
        htmlFor={id}
        aria-hidden="true"
        className="cursor-pointer rounded-md border border-slate-400 bg-slate-100 px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-200 peer-focus-visible:ring-2 peer-focus-visible:ring-emerald-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-60"
      >
        {t("fileChoose")}
      </label>
      <span id={chosenId} className="text-sm text-slate-700" data-testid="file-chosen">
        {chosen ?? t("fileNone")}
      </span>
    </div>
  );
}
