/**
 * The form names are searched in: lower case, accents removed, spaces collapsed.
 * Stored in `searchText` columns (trigram-indexed) and applied to the query, so
 * "Kotagédé" finds "Kotagede" and "BATIK" finds "Batik".
 */
export function normalizeSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function clusterSearchText(c: { name: string; commodity: string }): string {
  return normalizeSearch(`${c.name} ${c.commodity}`);
}

export function smeSearchText(s: { businessName: string; ownerName: string }): string {
  return normalizeSearch(`${s.businessName} ${s.ownerName}`);
}
