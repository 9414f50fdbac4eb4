import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/imports/import-form";
import { Card } from "@/components/ui/card";
import { CELL, DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { IMPORT_KINDS } from "@/lib/imports/columns";
import { importTranslators } from "@/lib/imports/http";
import { MAX_UPLOAD_MB } from "@/lib/imports/limits";
import { fileIssueMessage } from "@/lib/imports/messages";
import { listImportClusterOptions, listRecentImports } from "@/lib/imports/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

const linkClass = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-50";

export default async function ImportsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageUser("imports:run");
  const [clusters, recent] = await Promise.all([listImportClusterOptions(), listRecentImports()]);
  const t = await getTranslations("imports");
  const { tImports, tErrors } = await importTranslators();
  const locale = (await getLocale()) as AppLocale;

  // Without JavaScript, a refused upload comes back here with its error code.
  const sp = await searchParams;
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k][0] : sp[k]);
  const code = one("error");
  let initialError: { field: string; message: string } | undefined;
  if (code && /^[A-Za-z]{1,40}$/.test(code)) {
    const params = { max: String(MAX_UPLOAD_MB), columns: one("columns") ?? "", column: one("column") ?? "" };
    const message = tImports.has(`fileErrors.${code}`)
      ? fileIssueMessage({ code, params }, tImports)
      : tErrors.has(`field.${code}`)
        ? tErrors(`field.${code}`, params)
        : tErrors("INVALID_INPUT");
    const field = one("field");
    initialError = { field: field === "kind" || field === "clusterId" ? field : "file", message };
  }

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card title={t("form.heading")} className="mb-6">
        <ImportForm
          clusters={clusters.map((c) => ({ id: c.id, name: c.name, regencyName: c.regency?.name ?? null }))}
          initialError={initialError}
          defaults={{ kind: one("kind"), clusterId: one("clusterId") }}
        />
      </Card>
      <Card title={t("templates.heading")} className="mb-6">
        <p className="mb-3 text-sm text-slate-700">{t("templates.description")}</p>
        <ul className="flex flex-wrap gap-6">
          {IMPORT_KINDS.map((kind) => (
            <li key={kind} className="flex items-center gap-2 text-sm">
              <span className="font-medium">{t(`templates.${kind}`)}</span>
              {(["csv", "xlsx"] as const).map((format) => (
                <a key={format} className={linkClass} href={`/api/imports/template?kind=${kind}&format=${format}`} download>
                  {t(`templates.${format}`)}
                </a>
              ))}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("recent.heading")}>
        <DataTable
          variant="list"
          rows={recent}
          empty={t("recent.empty")}
          caption={t("recent.heading")}
          columns={[
            { label: t("recent.when") },
            { label: t("recent.file") },
            { label: t("recent.kind") },
            { label: t("recent.status") },
            { label: t("recent.result") },
            { label: <span className="sr-only">{t("recent.open")}</span> },
          ]}
        >
          {(b) => (
            <tr key={b.id}>
              <td className={`${CELL.list} whitespace-nowrap`}>{formatDateTime(b.createdAt, locale)}</td>
              <td className={CELL.list}>{b.fileName}</td>
              <td className={CELL.list}>
                {t(`kinds.${b.kind}`)}
                {b.cluster ? <span className="text-slate-600"> · {b.cluster.name}</span> : null}
              </td>
              <td className={CELL.list}>{t(`status.${b.status}`)}</td>
              <td className={CELL.list}>
                {t("recent.counts", { created: b.createdRows, updated: b.updatedRows, rejected: b.rejectedRows })}
              </td>
              <td className={CELL.list}>
                <Link className="text-emerald-800 underline" href={`/imports/${b.id}`} aria-label={`${t("recent.open")}: ${b.fileName}`}>
                  {t("recent.open")}
                </Link>
              </td>
            </tr>
          )}
        </DataTable>
      </Card>
    </>
  );
}
