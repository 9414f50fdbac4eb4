import { getTranslations } from "next-intl/server";
import type { Instrument, Recommendation } from "@/lib/diagnosis/engine";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import { formatScore } from "@/lib/i18n/format";

/** The engine's recommend(): BDS services and MAP channels, most needed first, with the indicators each addresses. */
export async function RecommendedAssistance({
  instrument,
  recommendation,
  locale,
}: {
  instrument: Instrument;
  recommendation: Recommendation;
  locale: "id" | "en";
}) {
  const t = await getTranslations("diagnosis");
  if (recommendation.status !== "DIAGNOSED") return null;
  const index = indicatorIndex(instrument);
  const names = (codes: string[]) => codes.map((c) => index.get(c)?.indicator.name[locale] ?? c).join(", ");
  const list = (kind: "services" | "channels") => {
    const rows = recommendation[kind];
    if (rows.length === 0) return <p className="text-sm text-slate-600">{t("report.none")}</p>;
    return (
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        {rows.map((r) => (
          <li key={r.code}>
            <span className="font-medium">{t(`${kind}.${r.code}`)}</span>{" "}
            <span className="text-slate-600">
              ({t("report.priority", { value: formatScore(r.priority, locale) })};{" "}
              {t("report.forIndicators", { list: names(r.indicators) })})
            </span>
          </li>
        ))}
      </ol>
    );
  };
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="recommendations">
      <div>
        <h3 className="mb-1 text-sm font-semibold">{t("report.servicesTitle")}</h3>
        {list("services")}
      </div>
      <div>
        <h3 className="mb-1 text-sm font-semibold">{t("report.channelsTitle")}</h3>
        {list("channels")}
      </div>
    </div>
  );
}
