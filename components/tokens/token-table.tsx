import { getLocale, getTranslations } from "next-intl/server";
import { RevokeTokenForm } from "@/components/tokens/revoke-token-form";
import { CELL, DataTable } from "@/components/ui/data-table";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** Present on the admins' list of every token: the owner column is shown. */
  user?: { email: string; role: string };
}

function tokenState(token: { expiresAt: Date; revokedAt: Date | null }, now: Date): "active" | "expired" | "revoked" {
  if (token.revokedAt) return "revoked";
  return token.expiresAt <= now ? "expired" : "active";
}

/**
 * THE list of API tokens: a user's own (a card on /account/tokens) and every token with
 * its owner (the admins' page, `withOwner`); an active token has its revoke button.
 */
export async function TokenTable({
  tokens,
  withOwner = false,
  variant = "compact",
}: {
  tokens: TokenRow[];
  withOwner?: boolean;
  variant?: "compact" | "list";
}) {
  const t = await getTranslations("api");
  const tr = await getTranslations("roles");
  const locale = (await getLocale()) as AppLocale;
  const now = new Date();
  const cell = CELL[variant];
  return (
    <DataTable
      variant={variant}
      rows={tokens}
      scroll={variant === "compact"}
      empty={t("tokens.empty")}
      columns={[
        ...(withOwner ? [{ label: t("tokens.owner") }] : []),
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
            {withOwner ? (
              <td className={cell}>
                <div>{tok.user?.email}</div>
                <div className="text-xs text-slate-600">{tok.user ? tr(tok.user.role) : null}</div>
              </td>
            ) : null}
            <td className={cell}>{tok.name}</td>
            <td className={`${cell} font-mono`}>{tok.prefix}…</td>
            <td className={cell}>{tok.scopes.join(", ")}</td>
            <td className={cell}>{formatDate(tok.expiresAt, locale)}</td>
            <td className={cell}>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, locale) : t("tokens.never")}</td>
            <td className={cell}>{t(`tokens.${state}`)}</td>
            <td className={cell}>{state === "active" ? <RevokeTokenForm token={{ id: tok.id, name: tok.name }} /> : null}</td>
          </tr>
        );
      }}
    </DataTable>
  );
}
