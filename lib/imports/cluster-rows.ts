import { clusterFieldsSchema, type ClusterFields } from "@/lib/clusters/schema";
import type { ClusterColumn, ResolvedHeader } from "@/lib/imports/columns";
import { resolveAreas, type AreaCell, type AreaIndex, type AreaLevelName } from "@/lib/imports/areas";
import type { TableRow } from "@/lib/imports/read-table";
import { cellAt, zodRowIssues, type Rejections } from "@/lib/imports/rows";
import type { RowIssue } from "@/lib/imports/types";
import { normalizeSearch } from "@/lib/search/normalize";

export type ClusterField = keyof ClusterFields;
const CLUSTER_FIELDS = Object.keys(clusterFieldsSchema.shape) as ClusterField[];

const AREA_FIELD: Record<AreaLevelName, ClusterField> = {
  province: "provinceCode",
  regency: "regencyCode",
  district: "districtCode",
  village: "villageCode",
};
const AREA_COLUMNS: Record<AreaLevelName, [ClusterColumn, ClusterColumn]> = {
  province: ["provinceCode", "province"],
  regency: ["regencyCode", "regency"],
  district: ["districtCode", "district"],
  village: ["villageCode", "village"],
};
/** Fields filled from a column of another name. */
const FIELD_COLUMNS: Partial<Record<ClusterField, ClusterColumn[]>> = {
  provinceCode: AREA_COLUMNS.province,
  regencyCode: AREA_COLUMNS.regency,
  districtCode: AREA_COLUMNS.district,
  villageCode: AREA_COLUMNS.village,
  bdsProviderId: ["bdsProvider"],
};

export interface ClusterCandidate {
  row: TableRow;
  data: ClusterFields;
  nameKey: string;
}

export interface ClusterRowContext {
  header: ResolvedHeader<"clusters">;
  headerCells: readonly string[];
  areas: AreaIndex;
  /** Normalised provider name, or id → provider id. */
  providers: Map<string, string>;
}

export function clusterColumnOf(ctx: Pick<ClusterRowContext, "header" | "headerCells">) {
  return (field: string) => {
    for (const column of FIELD_COLUMNS[field as ClusterField] ?? [field as ClusterColumn]) {
      const i = ctx.header.index[column];
      if (i !== undefined) return ctx.headerCells[i];
    }
    return undefined;
  };
}

/** Fields whose column is in the file: only these are written when a row updates a cluster. */
export function presentClusterFields(header: ResolvedHeader<"clusters">): ClusterField[] {
  return CLUSTER_FIELDS.filter((f) => (FIELD_COLUMNS[f] ?? [f as ClusterColumn]).some((c) => header.index[c] !== undefined));
}

/** The place a cluster's name must be unique in: its regency, or its province when it has none. */
export function clusterPlaceKey(d: { provinceCode: string; regencyCode?: string | null }): string {
  return d.regencyCode ? `r:${d.regencyCode}` : `p:${d.provinceCode}`;
}

function areaCell(row: TableRow, ctx: ClusterRowContext, level: AreaLevelName): AreaCell {
  const columnOf = (c: ClusterColumn) => {
    const i = ctx.header.index[c];
    return i === undefined ? undefined : ctx.headerCells[i];
  };
  const [codeColumn, nameColumn] = AREA_COLUMNS[level];
  const code = cellAt(row, ctx.header.index[codeColumn]);
  const name = cellAt(row, ctx.header.index[nameColumn]);
  if (code) return { text: code, column: columnOf(codeColumn) };
  if (name) return { text: name, column: columnOf(nameColumn) };
  if (code === undefined && name === undefined) return { text: undefined, column: undefined };
  return { text: "", column: columnOf(codeColumn) ?? columnOf(nameColumn) };
}

/**
 * Checks one row: area names or codes resolved against the reference data, the BDS
 * provider by name, then THE cluster schema (lib/clusters/schema.ts) on the result.
 */
export function checkClusterRow(row: TableRow, ctx: ClusterRowContext, rejections: Rejections): ClusterCandidate | null {
  const columnOf = clusterColumnOf(ctx);
  const input: Record<string, string | undefined> = {};
  for (const field of CLUSTER_FIELDS) if (!FIELD_COLUMNS[field]) input[field] = cellAt(row, ctx.header.index[field as ClusterColumn]);

  const issues: RowIssue[] = [];
  const cells = {
    province: areaCell(row, ctx, "province"),
    regency: areaCell(row, ctx, "regency"),
    district: areaCell(row, ctx, "district"),
    village: areaCell(row, ctx, "village"),
  };
  const areas = resolveAreas(cells, ctx.areas);
  for (const level of ["province", "regency", "district", "village"] as const) {
    const code = areas.codes[level];
    input[AREA_FIELD[level]] = code === undefined ? cells[level].text : (code ?? "");
  }
  for (const issue of areas.issues) issues.push({ field: AREA_FIELD[issue.level], column: issue.column, code: issue.code });

  const provider = cellAt(row, ctx.header.index.bdsProvider);
  if (provider) {
    const id = ctx.providers.get(normalizeSearch(provider)) ?? ctx.providers.get(provider);
    if (id) input.bdsProviderId = id;
    else issues.push({ field: "bdsProviderId", column: columnOf("bdsProviderId"), code: "unknownProvider" });
  } else if (provider !== undefined) {
    input.bdsProviderId = "";
  }

  const parsed = clusterFieldsSchema.safeParse(input);
  if (!parsed.success) {
    const flagged = new Set(issues.map((i) => i.field));
    // After an area problem, the levels below it were not resolved: one message is enough.
    if (areas.issues.length) for (const f of Object.values(AREA_FIELD)) flagged.add(f);
    issues.push(...zodRowIssues(parsed.error, columnOf).filter((i) => !flagged.has(i.field)));
  }
  if (issues.length || !parsed.success) {
    rejections.add(row, issues);
    return null;
  }
  return { row, data: parsed.data, nameKey: normalizeSearch(parsed.data.name) };
}

/** A centre may appear once per file: the same name in the same regency (or province) is a duplicate. */
export function rejectClusterDuplicatesInFile(
  candidates: ClusterCandidate[],
  ctx: Pick<ClusterRowContext, "header" | "headerCells">,
  rejections: Rejections,
): ClusterCandidate[] {
  const columnOf = clusterColumnOf(ctx);
  const seen = new Map<string, number>();
  const kept: ClusterCandidate[] = [];
  for (const c of candidates) {
    const key = `${c.nameKey}|${clusterPlaceKey(c.data)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      rejections.add(c.row, { field: "name", column: columnOf("name"), code: "nameDuplicateInFile", params: { line: String(earlier) } });
      continue;
    }
    seen.set(key, c.row.line);
    kept.push(c);
  }
  return kept;
}
