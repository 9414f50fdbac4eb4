import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenTable } from "@/components/tokens/token-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listAllTokens } from "@/lib/tokens/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api"))("tokens.allTitle") };
}

/** Admins: every API token, with its owner; any can be revoked. */
export default async function AdminTokensPage() {
  await requirePageUser("users:manage");
  const tokens = await listAllTokens();
  const t = await getTranslations("api");
  return (
    <>
      <PageHeader title={t("tokens.allTitle")} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <TokenTable tokens={tokens} withOwner variant="list" />
      </div>
    </>
  );
}
