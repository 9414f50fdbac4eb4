import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JointProgrammeForm } from "@/components/providers/joint-programme-form";
import { RecordListCard } from "@/components/ui/record-list-card";
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
    <RecordListCard
      title={t("title")}
      records={programmes}
      empty={t("none")}
      listLabel={t("title")}
      itemTestId="joint-programme"
      edit={
        canManage
          ? {
              label: t("edit"),
              form: (p) => (
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
              ),
            }
          : undefined
      }
      create={
        canManage
          ? {
              label: t("newTitle"),
              form: <JointProgrammeForm prefix="joint-new" partners={partners} initial={{ providerId, status: "NOT_STARTED" }} />,
            }
          : undefined
      }
    >
      {(p) => (
        <>
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
        </>
      )}
    </RecordListCard>
  );
}
