import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DashboardBody, dataStateKey } from "@/components/dashboard/body";
import { requirePageUser } from "@/lib/auth/session";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import { dashboardScope, pipelineClock } from "@/lib/dashboard/queries";
import { currentDataState } from "@/lib/dashboard/summary";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Reads what belongs to the request (the session, the filters, the language, the data
 * version in PostgreSQL) and hands it to the cached body as arguments: the body's
 * cache key (components/dashboard/body.tsx).
 */
async function Dashboard({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("dashboard:read");
  const params = parseDashboardParams(await searchParams);
  const [locale, state] = await Promise.all([getLocale(), currentDataState()]);
  return (
    <DashboardBody
      state={dataStateKey(state)}
      scope={dashboardScope(user)}
      params={params}
      locale={locale as AppLocale}
      clock={pipelineClock()}
    />
  );
}

function Loading() {
  return <div aria-busy="true" className="h-96 animate-pulse rounded-lg bg-slate-100" />;
}

export default function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <Suspense fallback={<Loading />}>
      <Dashboard searchParams={searchParams} />
    </Suspense>
  );
}
