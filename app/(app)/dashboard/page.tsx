import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadDashboardBody } from "@/components/dashboard/body";
import { DashboardIslands } from "@/components/dashboard/islands";
import { requirePageUser } from "@/lib/auth/session";
import { parseDashboardParams } from "@/lib/dashboard/filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("dashboard:read");
  const params = parseDashboardParams(await searchParams);
  // The body is cached markup (components/dashboard/body.tsx); the charts and table
  // views mount into it in the browser.
  const body = await loadDashboardBody(params);
  return (
    <>
      <div dangerouslySetInnerHTML={{ __html: body.html }} />
      <DashboardIslands key={body.id} islands={body.islands} />
    </>
  );
}
