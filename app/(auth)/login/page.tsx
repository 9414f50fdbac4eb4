import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import type { RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await getCurrentUser();
  if (user) redirect(HOME_BY_ROLE[user.role]);
  const params = await searchParams;
  const t = await getTranslations("auth");
  const tApp = await getTranslations("app");
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-emerald-50 to-slate-100 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex justify-end">
          <LocaleSwitcher />
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm font-semibold uppercase tracking-wide text-emerald-800">{tApp("name")}</p>
          <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
          <p className="mb-6 mt-1 text-sm text-slate-600">{t("subtitle")}</p>
          {one(params.signedOut) ? (
            <p role="status" className="mb-4 rounded bg-emerald-50 p-2 text-sm text-emerald-900">
              {t("signedOut")}
            </p>
          ) : null}
          <noscript>
            <p role="status" className="mb-4 rounded bg-amber-50 p-2 text-sm text-amber-900">
              {t("needsJavaScript")}
            </p>
          </noscript>
          {/* Checked here and again in the browser against its own origin (no open redirect). */}
          <LoginForm callbackUrl={safeCallbackPath(one(params.callbackUrl)) ?? undefined} initialError={one(params.error)} />
        </div>
      </div>
    </main>
  );
}
