"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { MountedIslands } from "@/components/dashboard/islands";
import { getMarkup, putMarkup } from "@/components/dashboard/markup-handoff";

function fromDocument(id: string): string | undefined {
  if (typeof document === "undefined") return undefined;
  return document.querySelector(`[data-dashboard-body="${CSS.escape(id)}"]`)?.innerHTML;
}

/**
 * The dashboard's cached markup (components/dashboard/body.tsx), sent once, with its
 * charts and table views mounted into it (islands.tsx).
 *
 * A server component that renders markup with dangerouslySetInnerHTML sends it twice:
 * as HTML, and again inside the RSC payload the browser hydrates from (about 50 kB
 * nationally, a sixth of the page's CPU cost at 20 concurrent users). On a page load
 * `html` is therefore left out: the server render takes the markup from the page in
 * the same process (markup-handoff.ts), and the browser keeps the markup it was sent,
 * reading it back from the document while hydrating. On a client-side navigation the
 * page passes `html`, since there is no server-rendered document to keep.
 *
 * The browser remembers the markup by id (markup-handoff.ts again, in the browser), so
 * going back to a dashboard it left restores it. Should it be missing after all, the
 * page is fetched again with the markup in it.
 *
 * Give it `key` = `id`: its state is the markup, and it never changes for one id.
 */
export function DashboardMarkup({ id, html }: { id: string; html?: string }) {
  const router = useRouter();
  const root = useRef<HTMLDivElement>(null);
  // What this mount started with wins over a later `html` for the same id (the same
  // markup, perhaps serialised differently): new markup would wipe the islands in it.
  const [kept] = useState(() => getMarkup(id) ?? fromDocument(id));
  const markup = kept ?? html;
  useEffect(() => {
    if (markup === undefined) router.refresh();
    else putMarkup(id, markup);
  }, [id, markup, router]);
  return (
    <>
      <div ref={root} data-dashboard-body={id} dangerouslySetInnerHTML={{ __html: markup ?? "" }} />
      <MountedIslands root={root} ready={markup !== undefined} />
    </>
  );
}
