import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The page of a refused or unknown address: its status code, what happened, and the way home. */
export async function StatusPage({ status, kind }: { status: 403 | 404; kind: "forbidden" | "notFound" }) {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-5xl font-bold text-slate-500">{status}</p>
      <h1 className="mt-4 text-2xl font-semibold">{t(`${kind}Title`)}</h1>
      <p className="mt-2 text-slate-600">{t(`${kind}Body`)}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-emerald-700 px-4 py-2 text-white">
        {t("goHome")}
      </Link>
    </main>
  );
}
