import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportProgress } from "@/components/imports/import-progress";
import { ImportResult } from "@/components/imports/import-result";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { importTranslators } from "@/lib/imports/http";
import { getImportBatch } from "@/lib/imports/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("result.title") };
}

export default async function ImportResultPage({ params }: { params: Promise<{ batchId: string }> }) {
  await requirePageUser("imports:run");
  const batch = await getImportBatch((await params).batchId);
  if (!batch) notFound();
  const t = await getTranslations("imports");
  const translators = await importTranslators();
  const running = batch.status === "QUEUED" || batch.status === "VALIDATING" || batch.status === "IMPORTING";
  const locale = (await getLocale()) as AppLocale;

  return (
    <>
      <PageHeader
        title={t("result.title")}
        description={batch.fileName}
        actions={
          <Link href="/imports" className="text-sm text-emerald-800 underline">
            {t("result.back")}
          </Link>
        }
      />
      <Card className="mb-6">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-slate-600">{t("result.kind")}</dt>
            <dd className="font-medium">
              {t(`kinds.${batch.kind}`)}
              {batch.cluster ? ` · ${batch.cluster.name}` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("result.mode")}</dt>
            <dd className="font-medium">{batch.validOnly ? t("result.modeValidOnly") : t("result.modeAll")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("recent.status")}</dt>
            <dd className="font-medium" data-testid="import-status">
              {t(`status.${batch.status}`)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("result.totalRows")}</dt>
            <dd className="font-medium">{formatNumber(batch.totalRows, locale)}</dd>
          </div>
        </dl>
      </Card>
      {running ? (
        <Card>
          <ImportProgress
            batchId={batch.id}
            initial={{ status: batch.status, totalRows: batch.totalRows, processedRows: batch.processedRows, attempts: batch.attempts }}
          />
        </Card>
      ) : (
        <ImportResult batch={batch} locale={locale} {...translators} />
      )}
    </>
  );
}
