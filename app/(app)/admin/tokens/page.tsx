import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RevokeTokenForm } from "@/components/tokens/revoke-token-form";
import { tokenState } from "@/components/tokens/token-state";
import { CELL, DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { listAllTokens } from "@/lib/tokens/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api"))("tokens.allTitle") };
}

/** Admins: every API token, with its owner; any can be revoked. */
export default async function AdminTokensPage() {
  await requirePageUser("users:manage");
  const tokens = await listAllTokens();
  const t = await getTranslations("api");
  const tr = await getTranslations("roles");
  const locale = (await getLocale()) as AppLocale;
  const now = new Date();
  return (
    <>
      <PageHeader title={t("tokens.allTitle")} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <DataTable
          variant="list"
          rows={tokens}
          scroll={false}
          empty={t("tokens.empty")}
          columns={[
            { label: t("tokens.owner") },
            { label: t("tokens.name") },
            { label: t("tokens.prefix") },
            { label: t("tokens.scopes") },
            { label: t("tokens.expires") },
            { label: t("tokens.lastUsed") },
            { label: t("tokens.state") },
            { label: t("tokens.revoke") },
          ]}
        >
          {(tok) => {
            const state = tokenState(tok, now);
            return (
              <tr key={tok.id} className="align-top">
                <td className={CELL.list}>
                  <div>{tok.user.email}</div>
                  <div className="text-xs text-slate-600">{tr(tok.user.role)}</div>
                </td>
                <td className={CELL.list}>{tok.name}</td>
                <td className={`${CELL.list} font-mono`}>{tok.prefix}…</td>
                <td className={CELL.list}>{tok.scopes.join(", ")}</td>
                <td className={CELL.list}>{formatDate(tok.expiresAt, locale)}</td>
                <td className={CELL.list}>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, locale) : t("tokens.never")}</td>
                <td className={CELL.list}>{t(`tokens.${state}`)}</td>
                <td className={CELL.list}>{state === "active" ? <RevokeTokenForm token={tok} /> : null}</td>
              </tr>
            );
          }}
        </DataTable>
      </div>
    </>
  );
}
