import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JointProgrammeForm } from "@/components/providers/joint-programme-form";
import { Card } from "@/components/ui/card";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { ProviderJointProgramme } from "@/lib/providers/queries";
import { isoDate } from "@/lib/support/fields";

/**
 * The provider's joint programmes with other BDS providers, from both sides (a
 * programme recorded on the partner's page shows here too), with the forms to record
 * and edit them for those who manage providers.
 */
export async function JointProgrammesCard({
  providerId,
  programmes,
  partners,
  canManage,
  canOpenPartners,
  locale,
}: {
  providerId: string;
  programmes: ProviderJointProgramme[];
  partners: Array<{ id: string; name: string }>;
  canManage: boolean;
  /** A consultant reads their own provider only: the partner's name is shown without a link. */
  canOpenPartners: boolean;
  locale: AppLocale;
}) {
  const t = await getTranslations("support.providers.joint");
  const ts = await getTranslations("monitoring.statuses");
  return (
    <Card title={t("title")} className="mt-4">
      {programmes.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("title")}>
          {programmes.map((p) => (
            <li key={p.id} className="rounded border border-slate-200 p-3" data-testid="joint-programme">
              <p className="text-sm font-medium">
                {p.name} <span className="ml-1 rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800">{ts(p.status)}</span>
              </p>
              <p className="text-sm text-slate-700">
                {t("with")}{" "}
                {canOpenPartners ? (
                  <Link href={`/providers/${p.partner.id}`} className="text-emerald-800 underline">
                    {p.partner.name}
                  </Link>
                ) : (
                  p.partner.name
                )}
                {p.startedOn ? ` · ${t("since", { date: formatDate(p.startedOn, locale) })}` : ""}
              </p>
              {p.note ? <p className="mt-1 text-xs text-slate-600">{p.note}</p> : null}
              {canManage ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-emerald-800">{t("edit")}</summary>
                  <div className="mt-2">
                    <JointProgrammeForm
                      key={p.version}
                      prefix={`joint-${p.id}`}
                      partners={[p.partner]}
                      initial={{
                        id: p.id,
                        version: String(p.version),
                        providerId,
                        partnerId: p.partner.id,
                        name: p.name,
                        startedOn: p.startedOn ? isoDate(p.startedOn) : "",
                        status: p.status,
                        note: p.note ?? "",
                      }}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-emerald-800">{t("newTitle")}</summary>
          <div className="mt-2">
            <JointProgrammeForm prefix="joint-new" partners={partners} initial={{ providerId, status: "NOT_STARTED" }} />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
