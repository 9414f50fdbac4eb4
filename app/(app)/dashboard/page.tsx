import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardBody } from "@/components/dashboard/body";
import { requirePageUser } from "@/lib/auth/session";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import type { RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

/** The dashboard's first section (stages and the province map); the others are /dashboard/<section>. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageUser("dashboard:read");
  return <DashboardBody params={parseDashboardParams(await searchParams)} section="stages" />;
}
