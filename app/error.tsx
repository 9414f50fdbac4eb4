"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-errors";

type Health = "checking" | "down" | "up";

const RELOADS = "sentra:error-page-reloads";

/**
 * Any page that fails lands here, without a stack trace. When the database is what
 * failed, it says so and polls /api/health until the database is back, then renders the
 * page again: no reload of the app needed. It knows from the error's digest when the
 * server could not reach the database (from the first paint, even if the database is
 * back by the time the browser asks), and from /api/health answering 503 otherwise.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("unavailable");
  const [health, setHealth] = useState<Health>(error.digest === DATABASE_UNAVAILABLE_DIGEST ? "down" : "checking");
  // Whether this page has seen /api/health fail: its reload after that needs no guard.
  const sawDown = useRef(false);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const ok = await fetch("/api/health", { cache: "no-store" })
        .then((r) => r.ok)
        .catch(() => false);
      if (cancelled) return;
      if (!ok) sawDown.current = true;
      if (ok && health === "down") {
        // The database is back: render the page again (window.location keeps it simple and complete).
        const next = sawDown.current ? "reload" : reloadWithoutOutage();
        if (next === "reload") {
          window.location.reload();
          return;
        }
        if (next === "wait") {
          timer = setTimeout(() => void check(), 3_000);
          return;
        }
      }
      setHealth(ok ? "up" : "down");
      if (!ok) timer = setTimeout(() => void check(), 3_000);
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [health]);

  const down = health === "down";
  return (
    <main className="mx-auto max-w-xl px-4 py-16" role={down ? "alert" : undefined}>
      <h1 className="text-2xl font-semibold text-slate-900">{down ? t("title") : t("errorTitle")}</h1>
      {down ? (
        <>
          <p className="mt-3 text-slate-700">{t("body")}</p>
          <p className="mt-2 text-sm text-slate-600" aria-live="polite">
            {t("checking")}
          </p>
        </>
      ) : (
        <p className="mt-3 text-slate-700">
          {t("errorBody")} <code className="rounded bg-slate-100 px-1">{error.digest ?? "—"}</code>
        </p>
      )}
      {/* A reload, not reset(): reset re-renders the server's failed answer as it was. */}
      <Button type="button" className="mt-6" onClick={() => window.location.reload()}>
        {t("retry")}
      </Button>
    </main>
  );
}

/**
 * A page that failed on the database while /api/health already answers (the database
 * came back first, or the page's own connection was the one cut) reloads at most once
 * every 3 s and five times a minute; then it shows the error and its button instead of
 * reloading in a loop.
 */
function reloadWithoutOutage(): "reload" | "wait" | "give-up" {
  try {
    const now = Date.now();
    const recent = (JSON.parse(sessionStorage.getItem(RELOADS) ?? "[]") as number[]).filter((t) => now - t < 60_000);
    if (recent.length >= 5) return "give-up";
    if (recent.some((t) => now - t < 3_000)) return "wait";
    sessionStorage.setItem(RELOADS, JSON.stringify([...recent, now]));
    return "reload";
  } catch {
    return "give-up";
  }
}
