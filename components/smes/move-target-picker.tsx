"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { TextField } from "@/components/ui/field";
import type { MoveTarget } from "@/lib/smes/move-options";
import { MOVE_SEARCH_MAX, MOVE_SEARCH_MIN } from "@/lib/smes/limits";

const DEBOUNCE_MS = 250;

/** A search answer, tagged with the search it answers so that a late one is never shown for another. */
type Answer = { key: string; clusters: MoveTarget[]; hasMore: boolean } | { key: string; error: string };

/**
 * The target cluster of an SME move, searched on the server (15,000 clusters do not fit
 * a select): a labelled search box, then the matches as radio buttons named `name`, so
 * the form posts the chosen id as before. Arrow keys move through the matches; Enter
 * or Arrow Down in the box jumps to them instead of submitting.
 */
export function MoveTargetPicker({
  name,
  excludeId,
  label,
  errors,
}: {
  name: string;
  excludeId: string;
  label: string;
  errors?: string[];
}) {
  const t = useTranslations("smes.movePicker");
  const [query, setQuery] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [picked, setPicked] = useState<MoveTarget | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const q = query.trim();
  const isSearchable = q.length >= MOVE_SEARCH_MIN;
  const key = `${excludeId}\n${q}`;

  useEffect(() => {
    if (!isSearchable) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/smes/move-targets?${new URLSearchParams({ q, exclude: excludeId })}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        const body = (await res.json()) as { clusters: MoveTarget[]; hasMore: boolean } | { formError?: string };
        setAnswer(
          res.ok && "clusters" in body
            ? { key, clusters: body.clusters, hasMore: body.hasMore }
            : { key, error: "formError" in body ? (body.formError ?? "") : "" },
        );
      } catch {
        if (!controller.signal.aborted) setAnswer({ key, error: "" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [isSearchable, key, q, excludeId]);

  const current = isSearchable && answer?.key === key ? answer : null;
  const isLoading = isSearchable && !current;
  const matches = current && "clusters" in current ? current.clusters : [];
  // While the next answer is on its way the previous matches stay (dimmed), so the list does not flicker.
  const listed = (isLoading && answer && "clusters" in answer ? answer.clusters : matches).filter((m) => m.id !== excludeId);
  // The choice stays on screen while the user searches on; after a move it is the current cluster and drops out.
  const chosen = picked && picked.id !== excludeId ? picked : null;
  const options = chosen && !listed.some((m) => m.id === chosen.id) ? [chosen, ...listed] : listed;

  let status = "";
  if (q && !isSearchable) status = t("tooShort", { min: MOVE_SEARCH_MIN });
  else if (isLoading) status = t("loading");
  else if (current && "error" in current) status = current.error || t("failed");
  else if (current && !matches.length) status = t("noMatch", { q });
  else if (current) status = current.hasMore ? t("more", { count: matches.length }) : t("found", { count: matches.length });

  function focusOptions(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "ArrowDown" && e.key !== "Enter") return;
    // Enter in a text box would submit the move before anything was chosen.
    e.preventDefault();
    const radios = listRef.current?.querySelectorAll<HTMLInputElement>("input[type=radio]");
    const target = Array.from(radios ?? []).find((r) => r.checked) ?? radios?.[0];
    target?.focus();
  }

  const listId = "moveTargetResults";
  return (
    <div className="flex flex-col gap-2">
      <TextField
        id="moveTargetSearch"
        type="search"
        label={label}
        hint={t("hint")}
        errors={errors}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={focusOptions}
        placeholder={t("placeholder")}
        autoComplete="off"
        spellCheck={false}
        maxLength={MOVE_SEARCH_MAX}
        aria-controls={listId}
      />
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {status}
      </p>
      <div
        id={listId}
        ref={listRef}
        role="radiogroup"
        aria-label={t("results")}
        aria-busy={isLoading}
        className={cn("flex max-h-72 flex-col gap-1 overflow-y-auto", isLoading && "opacity-60")}
      >
        {options.map((o) => {
          const isChecked = chosen?.id === o.id;
          return (
            <label
              key={o.id}
              className={cn(
                "flex cursor-pointer gap-3 rounded-md border p-2 text-sm hover:bg-slate-50",
                isChecked ? "border-emerald-600 bg-emerald-50" : "border-slate-200",
              )}
            >
              <input
                type="radio"
                name={name}
                value={o.id}
                checked={isChecked}
                onChange={() => setPicked(o)}
                className="mt-1 accent-emerald-700"
              />
              <span>
                <span className="font-medium">{o.name}</span>
                {o.area ? <span className="block text-xs text-slate-600">{o.area}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
