"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children once the box comes near the screen (and keeps them): charts (the
 * dashboard's, a report's radar, a provider's services) mount as the reader scrolls to
 * them, not all at once and not with the page, so a tablet is not blocked by charts below
 * the fold. Until then the box holds a quiet placeholder of the same size.
 */
export function InView({
  children,
  margin = "200px",
  fallback = <div className="h-full w-full animate-pulse rounded bg-slate-100" />,
}: {
  children: ReactNode;
  margin?: string;
  /** What stands in until then (the charts: a quiet box of their size). */
  fallback?: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen, margin]);
  return (
    <div ref={box} className="h-full w-full">
      {seen ? children : fallback}
    </div>
  );
}
