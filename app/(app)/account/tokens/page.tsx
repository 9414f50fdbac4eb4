import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeTokenForm } from "@/components/tokens/revoke-token-form";
import { tokenState } from "@/components/tokens/token-state";
import { Card } from "@/components/ui/card";
import { CELL, DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { listOwnTokens } from "@/lib/tokens/queries";
import { MAX_TOKEN_DAYS } from "@/lib/tokens/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api"))("tokens.title") };
}

/** Every signed-in user: their own API tokens (a token can do no more than its owner). */
export default async function AccountTokensPage() {
  const user = await requirePageUser();
  const tokens = await listOwnTokens(user);
  const t = await getTranslations("api");
  const locale = (await getLocale()) as AppLocale;
  const now = new Date();
  return (
    <>
      <PageHeader title={t("tokens.title")} />
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        {t("tokens.intro")}{" "}
        <Link href="/account/api" className="text-emerald-800 underline">
          {t("tokens.docsLink")}
        </Link>
      </p>
      <Card title={t("tokens.create")} className="mb-6">
        <CreateTokenForm maxDays={MAX_TOKEN_DAYS} />
      </Card>
      <Card title={t("tokens.listTitle")}>
        <DataTable
          rows={tokens}
          empty={t("tokens.empty")}
          columns={[
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
                <td className={CELL.compact}>{tok.name}</td>
                <td className={`${CELL.compact} font-mono`}>{tok.prefix}…</td>
                <td className={CELL.compact}>{tok.scopes.join(", ")}</td>
                <td className={CELL.compact}>{formatDate(tok.expiresAt, locale)}</td>
                <td className={CELL.compact}>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, locale) : t("tokens.never")}</td>
                <td className={CELL.compact}>{t(`tokens.${state}`)}</td>
                <td className={CELL.compact}>{state === "active" ? <RevokeTokenForm token={tok} /> : null}</td>
              </tr>
            );
          }}
        </DataTable>
      </Card>
    </>
  );
}
