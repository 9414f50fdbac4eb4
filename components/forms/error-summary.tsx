"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

interface Entry {
  name: string;
  message: string;
  /** The control's id and label, read from the form once it is on screen. */
  id?: string;
  label?: string;
}

/**
 * THE error summary of a form: after a refused submit it lists each field to fix, by its
 * label, as a link to that field (the message itself stays once, next to the field), and takes focus so a screen reader reads it and a keyboard user
 * starts from it. Field ids and labels are read from the form itself, so callers pass
 * only the errors. Place it inside the `<form>`.
 */
export function ErrorSummary({ fieldErrors, className }: { fieldErrors?: Partial<Record<string, string[]>>; className?: string }) {
  const t = useTranslations("forms");
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [entries, setEntries] = useState<Entry[]>([]);

  useEffect(() => {
    const form = box.current?.closest("form");
    const next: Entry[] = Object.entries(fieldErrors ?? {}).flatMap(([name, messages]) =>
      (messages ?? []).slice(0, 1).map((message) => {
        const item = form?.elements.namedItem(name);
        const target = item instanceof RadioNodeList ? (item[0] as HTMLElement | undefined) : (item as HTMLElement | null);
        const label = (target as HTMLInputElement | null)?.labels?.[0]?.textContent?.replace(/\*$/, "").trim();
        return { name, message, id: target?.id || undefined, label: label || undefined };
      }),
    );
    setEntries(next);
  }, [fieldErrors]);

  // After the commit that shows the list: focusing while the box is still `hidden` does nothing
  // (a frame callback could run before React renders the new entries on a busy machine).
  useEffect(() => {
    if (entries.length > 0) box.current?.focus();
  }, [entries]);

  return (
    <div
      ref={box}
      tabIndex={-1}
      hidden={entries.length === 0}
      aria-labelledby={entries.length ? titleId : undefined}
      className={cn(
        className,
        "rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm focus:outline-none focus:ring-2 focus:ring-red-700/40",
      )}
      data-testid="error-summary"
    >
      <h2 id={titleId} className="font-semibold text-red-800">
        {t("summaryTitle")}
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {entries.map((e) => (
          <li key={e.name}>
            {e.id ? (
              <a
                href={`#${e.id}`}
                className="text-red-800 underline"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(e.id!)?.focus();
                }}
              >
                {e.label ?? e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
