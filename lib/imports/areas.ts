import { normalizeHeader } from "@/lib/imports/columns";

/** Area names as people write them: case, accents, punctuation and common prefixes vary. */
const normalize = normalizeHeader;

type Variants = (normalizedName: string) => string[];

const strip = (prefixes: string[]) => (s: string) => {
  for (const p of prefixes) if (s.startsWith(`${p} `)) return s.slice(p.length + 1);
  return s;
};

const PROVINCE_PREFIXES = ["provinsi", "propinsi", "prov", "daerah khusus ibukota", "daerah istimewa", "daerah khusus", "dki", "di"];
const REGENCY_PREFIXES = ["kabupaten administrasi", "kota administrasi", "kabupaten", "kota", "kab adm", "kota adm", "kab"];

/** Name variants stored for reference names, and tried for input, most specific first. */
const VARIANTS: Record<"province" | "regency" | "district" | "village", { stored: Variants; input: Variants }> = {
  province: {
    stored: (n) => [n, strip(PROVINCE_PREFIXES)(n)],
    input: (n) => (n === "diy" ? ["yogyakarta"] : [n, strip(PROVINCE_PREFIXES)(n)]),
  },
  regency: {
    stored: (n) => [n, strip(REGENCY_PREFIXES)(n)],
    input: (n) => {
      const full = n
        .replace(/^kab adm /, "kabupaten administrasi ")
        .replace(/^kota adm /, "kota administrasi ")
        .replace(/^kab /, "kabupaten ");
      return [full, strip(REGENCY_PREFIXES)(n)];
    },
  },
  district: { stored: (n) => [n], input: (n) => [n, strip(["kecamatan", "kec"])(n)] },
  village: { stored: (n) => [n], input: (n) => [n, strip(["desa", "kelurahan", "kel", "ds"])(n)] },
};

export type AreaLevelName = keyof typeof VARIANTS;

export type AreaLookup = { code: string } | { error: "unknownArea" | "ambiguousArea" };

/** One level of the administrative hierarchy, looked up by code or by name within its parent. */
export class AreaLevel {
  private readonly parents = new Map<string, string>();
  private readonly names = new Map<string, Set<string>[]>();

  constructor(
    readonly level: AreaLevelName,
    records: Iterable<{ code: string; parent: string; name: string }>,
  ) {
    for (const r of records) {
      this.parents.set(r.code, r.parent);
      VARIANTS[level].stored(normalize(r.name)).forEach((variant, rank) => {
        const key = `${r.parent}|${variant}`;
        const ranks = this.names.get(key) ?? [];
        (ranks[rank] ??= new Set()).add(r.code);
        this.names.set(key, ranks);
      });
    }
  }

  has(code: string): boolean {
    return this.parents.has(code);
  }

  parentOf(code: string): string | undefined {
    return this.parents.get(code);
  }

  /** By name within a parent: an exact name wins over a name without its prefix ("Kota Bogor" vs "Bogor"). */
  findByName(parent: string, text: string): AreaLookup {
    for (const variant of VARIANTS[this.level].input(normalize(text))) {
      const ranks = this.names.get(`${parent}|${variant}`);
      if (!ranks) continue;
      for (const codes of ranks) {
        if (!codes?.size) continue;
        if (codes.size > 1) return { error: "ambiguousArea" };
        return { code: [...codes][0]! };
      }
    }
    return { error: "unknownArea" };
  }
}

export interface AreaIndex {
  province: AreaLevel;
  regency: AreaLevel;
  district?: AreaLevel;
  village?: AreaLevel;
}

const CODE_PATTERN: Record<AreaLevelName, RegExp> = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

export interface AreaCell {
  /** undefined: the file has no column for this level; "": the cell is empty. */
  text: string | undefined;
  column: string | undefined;
}

export interface AreaResolution {
  codes: Partial<Record<AreaLevelName, string | null>>;
  issues: Array<{ level: AreaLevelName; column: string | undefined; code: "unknownArea" | "ambiguousArea" | "areaMismatch" }>;
}

const LEVELS: AreaLevelName[] = ["province", "regency", "district", "village"];

/**
 * Resolves a row's area cells (codes or official names) to codes, checking that each
 * exists and lies inside the one above. A missing province is taken from a regency code.
 */
export function resolveAreas(cells: Record<AreaLevelName, AreaCell>, index: AreaIndex): AreaResolution {
  const result: AreaResolution = { codes: {}, issues: [] };
  if (!cells.province.text && cells.regency.text && CODE_PATTERN.regency.test(cells.regency.text)) {
    cells = { ...cells, province: { text: cells.regency.text.slice(0, 2), column: cells.regency.column } };
  }
  let parent: string | null = "";
  for (const level of LEVELS) {
    const { text, column } = cells[level];
    if (text === undefined) continue;
    if (text === "") {
      result.codes[level] = null;
      parent = null; // nothing below may be given without this level
      continue;
    }
    const areaLevel = index[level];
    if (!areaLevel || parent === null) {
      result.issues.push({ level, column, code: "areaMismatch" });
      return result;
    }
    let code: string;
    if (CODE_PATTERN[level].test(text)) {
      if (!areaLevel.has(text)) {
        result.issues.push({ level, column, code: "unknownArea" });
        return result;
      }
      if (areaLevel.parentOf(text) !== parent) {
        result.issues.push({ level, column, code: "areaMismatch" });
        return result;
      }
      code = text;
    } else {
      const found = areaLevel.findByName(parent, text);
      if ("error" in found) {
        result.issues.push({ level, column, code: found.error });
        return result;
      }
      code = found.code;
    }
    result.codes[level] = code;
    parent = code;
  }
  return result;
}
