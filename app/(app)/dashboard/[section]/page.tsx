import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardBody } from "@/components/dashboard/body";
import { requirePageUser } from "@/lib/auth/session";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import { sectionOfSegment } from "@/lib/dashboard/sections";
import type { RawSearchParams } from "@/lib/http/search-params";

type Props = {
  params: Promise<{ section: string }>;
  searchParams: Promise<RawSearchParams>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  const section = sectionOfSegment((await params).section);
  return { title: section ? `${t(`tabs.${section}`)} · ${t("title")}` : t("title") };
}

/** One section of the dashboard (factors, movement, pipeline, support, monitoring); a section the role sees no chart of is not found. */
export default async function DashboardSectionPage({ params, searchParams }: Props) {
  await requirePageUser("dashboard:read");
  const section = sectionOfSegment((await params).section);
  if (!section) notFound();
  return <DashboardBody params={parseDashboardParams(await searchParams)} section={section} />;
}
