import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CELL, DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { API_OPERATIONS } from "@/lib/api/openapi";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api"))("reference.title") };
}

/** The API's operations, from the same list as the OpenAPI document. */
export default async function ApiReferencePage() {
  await requirePageUser();
  const t = await getTranslations("api");
  return (
    <>
      <PageHeader title={t("reference.title")} />
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        {t("reference.intro")}{" "}
        <a href="/api/v1/openapi.json" className="font-mono text-emerald-800 underline">
          /api/v1/openapi.json
        </a>
      </p>
      <DataTable
        variant="list"
        rows={API_OPERATIONS}
        framed
        columns={[
          { label: t("reference.method") },
          { label: t("reference.path") },
          { label: t("reference.scope") },
          { label: t("reference.summary") },
        ]}
      >
        {(op) => (
          <tr key={`${op.method} ${op.path}`}>
            <td className={`${CELL.list} font-mono uppercase`}>{op.method}</td>
            <td className={`${CELL.list} font-mono`}>/api/v1{op.path}</td>
            <td className={`${CELL.list} font-mono`}>{op.scope}</td>
            <td className={CELL.list}>{op.summary}</td>
          </tr>
        )}
      </DataTable>
    </>
  );
}
