import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { queryRows } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { clusterScopeSql, SqlParams } from "@/lib/dashboard/sql";
import { defaultInstrument } from "@/lib/diagnosis/engine";

export interface FilterOptions {
  provinces: Array<{ code: string; name: string }>;
  regencies: Array<{ code: string; name: string }>;
  commodities: string[];
  years: number[];
  instruments: string[];
}

/** Choices of the filter form: areas, the commodities of the user's clusters, recent years, instrument versions. */
export async function getFilterOptions(
  user: Pick<SessionUser, "id" | "role">,
  params: DashboardParams,
  now = new Date(),
): Promise<FilterOptions> {
  const q = new SqlParams();
  const scope = clusterScopeSql(user, q, "c.id");
  const [provinces, regencies, commodities] = await Promise.all([
    queryRows<{ code: string; name: string }>(`SELECT code, name FROM province ORDER BY name`, new SqlParams()),
    params.province
      ? (() => {
          const rq = new SqlParams();
          return queryRows<{ code: string; name: string }>(
            `SELECT code, name FROM regency WHERE "provinceCode" = ${rq.p(params.province)} ORDER BY name`,
            rq,
          );
        })()
      : Promise.resolve([]),
    queryRows<{ commodity: string }>(
      `SELECT DISTINCT c.commodity FROM cluster c WHERE c.status = 'ACTIVE' AND ${scope} ORDER BY c.commodity LIMIT 300`,
      q,
    ),
  ]);
  const thisYear = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Jakarta" }).format(now));
  return {
    provinces,
    regencies,
    commodities: commodities.map((c) => c.commodity),
    years: Array.from({ length: 10 }, (_, i) => thisYear - i),
    instruments: [defaultInstrument.version],
  };
}
