"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

interface Progress {
  status: string;
  totalRows: number;
  processedRows: number;
  attempts: number;
}

const RUNNING = new Set(["QUEUED", "VALIDATING", "IMPORTING"]);
/** MAX_IMPORT_ATTEMPTS in lib/imports/jobs.ts (a server module). */
const MAX_ATTEMPTS = 3;

/** Polls the batch while it runs; when it ends, re-renders the page with the result. */
export function ImportProgress({ batchId, initial }: { batchId: string; initial: Progress }) {
  const t = useTranslations("imports");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(`/api/imports/${batchId}`, { cache: "no-store" });
        if (response.ok) {
          const next = (await response.json()) as Progress;
          if (stopped) return;
          setProgress(next);
          if (!RUNNING.has(next.status)) {
            router.refresh();
            return;
          }
        }
      } catch {
        // A missed poll is retried.
      }
      if (!stopped) timer = setTimeout(poll, 1000);
    };
    timer = setTimeout(poll, 700);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [batchId, router]);

  const { status, totalRows, processedRows, attempts } = progress;
  const label =
    status === "QUEUED"
      ? t("result.queued")
      : totalRows === 0
        ? t("result.reading")
        : status === "IMPORTING"
          ? t("result.saving", { processed: processedRows, total: totalRows })
          : t("result.checking", { processed: processedRows, total: totalRows });
  // A run after the first: the previous one was cut off (restart) or hit a passing error.
  const retry = attempts > 1 || (status === "QUEUED" && attempts > 0);
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      <progress
        className="h-3 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-emerald-600"
        max={Math.max(totalRows, 1)}
        value={totalRows ? Math.min(processedRows, totalRows) : undefined}
        aria-label={t("result.progressLabel")}
      />
      <p className="text-sm text-slate-700">
        {t(`status.${status as "VALIDATING"}`)} · {label}
        {retry ? ` · ${t("result.attempt", { attempt: status === "QUEUED" ? attempts + 1 : attempts, max: MAX_ATTEMPTS })}` : ""}
      </p>
    </div>
  );
}
