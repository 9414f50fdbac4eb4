import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MoveSmeForm } from "@/components/smes/sme-manage-forms";
import { ArchiveForm } from "@/components/ui/archive-form";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber, formatRupiah } from "@/lib/i18n/format";
import { archiveSmeAction } from "@/lib/smes/actions";
import { getSme } from "@/lib/smes/queries";
import type { RawSearchParams } from "@/lib/http/search-params";
import { recordTitle } from "@/lib/i18n/record-title";

type Props = { params: Promise<{ smeId: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser("smes:read");
  const sme = await getSme((await params).smeId);
  return recordTitle(sme?.businessName);
}

export default async function SmePage({ params, searchParams }: Props) {
  const user = await requirePageUser("smes:read");
  const sme = await getSme((await params).smeId);
  if (!sme) notFound();
  const flags = await searchParams;
  const t = await getTranslations("smes");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  const canWrite = can(user.role, "smes:write") && sme.status === "ACTIVE";
  const facts: Array<[string, string]> = [
    [t("fields.ownerName"), sme.ownerName],
    [t("fields.ownerGender"), sme.ownerGender ? t(`gender.${sme.ownerGender}`) : "—"],
    [t("fields.nib"), sme.nib ?? "—"],
    [t("fields.legalForm"), sme.legalForm ?? "—"],
    [t("fields.yearStarted"), sme.yearStarted ? String(sme.yearStarted) : "—"],
    [t("fields.workerCount"), formatNumber(sme.workerCount, locale)],
    [t("fields.annualTurnover"), sme.annualTurnover != null ? formatRupiah(sme.annualTurnover, locale) : "—"],
    [t("fields.assets"), sme.assets != null ? formatRupiah(sme.assets, locale) : "—"],
    [t("fields.mainProducts"), sme.mainProducts ?? "—"],
    [t("fields.subcontractTo"), sme.subcontractTo ?? "—"],
    [t("fields.phone"), sme.phone ?? "—"],
  ];
  return (
    <>
      <PageHeader
        title={sme.businessName}
        description={`${t("cluster")}: ${sme.cluster.name}`}
        actions={
          canWrite ? (
            <Link
              href={`/smes/${sme.id}/edit`}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
            >
              {t("edit")}
            </Link>
          ) : sme.status === "ARCHIVED" ? (
            <span className="rounded bg-slate-200 px-2 py-0.5 text-xs">{t("archivedBadge")}</span>
          ) : null
        }
      />
      {flags.created || flags.saved ? (
        <p role="status" className="mb-4 rounded bg-emerald-50 p-2 text-sm text-emerald-900">
          {flags.created ? t("flashCreated") : t("flashSaved")}
        </p>
      ) : null}
      <Card>
        <FactList facts={facts} className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-3" />
        <p className="mt-4 text-sm">
          <Link href={`/clusters/${sme.cluster.id}`} className="text-emerald-800 hover:underline">
            {sme.cluster.name}
          </Link>
        </p>
      </Card>
      <Card title={t("history")} className="mt-4">
        {sme.moves.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noMoves")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {sme.moves.map((m) => (
              <li key={m.id}>
                {formatDateTime(m.createdAt, locale)}:{" "}
                {t("movedFromTo", { from: m.fromCluster.name, to: m.toCluster.name, by: m.movedBy.name })}
                {m.reason ? <span className="text-slate-600"> ({m.reason})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {canWrite ? (
        <>
          <Card title={t("moveTitle")} className="mt-4">
            <MoveSmeForm id={sme.id} version={sme.version} clusterId={sme.cluster.id} />
          </Card>
          <Card title={t("archiveTitle")} className="mt-4">
            <ArchiveForm
              id={sme.id}
              version={sme.version}
              action={archiveSmeAction}
              label={t("archive")}
              confirm={{ title: t("archiveConfirm"), body: t("archiveBody") }}
            />
          </Card>
        </>
      ) : null}
      <p className="mt-4 text-xs text-slate-500">
        {tc("back")}:{" "}
        <Link href="/smes" className="underline">
          {t("title")}
        </Link>
      </p>
    </>
  );
}
