import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
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
        <TokenTable tokens={tokens} />
      </Card>
    </>
  );
}
