import { useTranslations } from "next-intl";

/**
 * "Export CSV / Export XLSX" for a registry list: the same filters as the page, so the
 * file holds exactly what the list shows (all pages). Plain links: a download is not
 * a client-side navigation.
 */
export function ExportLinks({
  kind,
  params = {},
  texts,
}: {
  kind: "clusters" | "smes" | "agenda" | "outcomes" | `clusters/${string}/outcomes`;
  params?: Record<string, string | number | undefined | null>;
  /** Names of the links and their group when a page has more than one export. */
  texts?: { label: string; csv: string; xlsx: string };
}) {
  const tImports = useTranslations("imports");
  const t = (key: "export.label" | "export.csv" | "export.xlsx") =>
    texts?.[key.slice("export.".length) as keyof typeof texts] ?? tImports(key);
  const href = (format: "csv" | "xlsx") => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params))
      if (k !== "page" && k !== "format" && v !== undefined && v !== null && v !== "") query.set(k, String(v));
    query.set("format", format);
    return `/api/export/${kind.split("/").map(encodeURIComponent).join("/")}?${query}`;
  };
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50";
  return (
    <nav aria-label={t("export.label")} className="flex flex-wrap gap-2">
      <a className={linkClass} href={href("csv")} download>
        {t("export.csv")}
      </a>
      <a className={linkClass} href={href("xlsx")} download>
        {t("export.xlsx")}
      </a>
    </nav>
  );
}
