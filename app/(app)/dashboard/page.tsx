import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { loadDashboardBody } from "@/components/dashboard/body";
import { DashboardMarkup } from "@/components/dashboard/dashboard-markup";
import { putMarkup } from "@/components/dashboard/markup-handoff";
import { requirePageUser } from "@/lib/auth/session";
import { parseDashboardParams } from "@/lib/dashboard/filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("dashboard:read");
  const params = parseDashboardParams(await searchParams);
  // The body is cached markup (components/dashboard/body.tsx); the charts and table
  // views mount into it in the browser (dashboard-markup.tsx).
  const body = await loadDashboardBody(params);
  // A page load gets the markup as HTML only, not again in the RSC payload
  // (dashboard-markup.tsx). Browsers ask for HTML when they load a page; the app's
  // client-side navigations, refreshes and server actions ask for the RSC payload
  // ("*/*", "text/x-component"), and so does any other client: they get the markup in it.
  const pageLoad = ((await headers()).get("accept") ?? "").includes("text/html");
  if (pageLoad) putMarkup(body.id, body.html);
  return <DashboardMarkup key={body.id} id={body.id} html={pageLoad ? undefined : body.html} />;
}
