import en from "@/lib/i18n/messages/en/imports.json";
import id from "@/lib/i18n/messages/id/imports.json";
import type { AppLocale } from "@/lib/i18n/config";

export const IMPORT_KINDS = ["clusters", "smes", "outcomes"] as const;
export type ImportKindKey = (typeof IMPORT_KINDS)[number];

/**
 * THE column table of bulk import, export and the templates. A column is known by its
 * key; its header is accepted in either language (the labels in the imports catalogue,
 * `columns.<kind>.<key>`) or as any alias below. Matching ignores case, accents,
 * punctuation and spacing, so "NAMA  SENTRA", "Nama sentra" and "nama_sentra" agree.
 */
const CLUSTER_COLUMNS = {
  name: { aliases: ["sentra", "nama", "nama klaster", "name", "cluster name", "center name", "cluster"] },
  commodity: { aliases: ["komoditi", "komoditas utama", "produk unggulan", "commodity", "product"] },
  kbliCode: { aliases: ["kbli", "kode kbli 2020", "kbli code"] },
  provinceCode: { aliases: ["kode prov", "kode propinsi", "province code"] },
  province: { aliases: ["propinsi", "prov", "nama provinsi", "province"] },
  regencyCode: { aliases: ["kode kabupaten", "kode kota", "kode kab kota", "regency code", "city code"] },
  regency: { aliases: ["kabupaten", "kota", "kab kota", "kabupaten kota", "nama kabupaten kota", "regency", "city", "regency city"] },
  districtCode: { aliases: ["kode kec", "district code"] },
  district: { aliases: ["kec", "nama kecamatan", "district"] },
  villageCode: { aliases: ["kode desa", "kode kelurahan", "village code"] },
  village: { aliases: ["desa", "kelurahan", "desa kelurahan", "village"] },
  latitude: { aliases: ["lat", "latitude"] },
  longitude: { aliases: ["lon", "lng", "long", "longitude"] },
  yearEstablished: { aliases: ["tahun berdiri sentra", "tahun", "year established", "established"] },
  workerCount: { aliases: ["tenaga kerja", "jumlah pekerja", "jumlah tk", "pekerja", "workers", "worker count", "employees"] },
  productionVolume: { aliases: ["volume produksi per tahun", "production volume"] },
  productionUnit: { aliases: ["satuan", "satuan volume", "production unit", "unit"] },
  productionValue: {
    aliases: ["nilai produksi", "nilai produksi per tahun", "nilai produksi rp per tahun", "production value", "production value idr"],
  },
  exportSharePct: { aliases: ["pangsa ekspor", "ekspor", "ekspor persen", "export share", "export"] },
  localMaterialSharePct: {
    aliases: ["bahan baku lokal", "bahan baku lokal persen", "local material share", "local raw materials", "local materials"],
  },
  contactName: { aliases: ["nama narahubung", "kontak", "contact person", "contact name", "contact"] },
  contactPhone: {
    aliases: ["telepon narahubung", "no telepon", "nomor telepon", "no telp", "telp", "hp", "no hp", "phone", "contact phone", "telephone"],
  },
  bdsProvider: { aliases: ["bds", "lpb", "penyedia bds lpb", "bds provider", "provider"] },
  notes: { aliases: ["keterangan", "catatan", "notes", "remarks"] },
} as const satisfies Record<string, { aliases: readonly string[] }>;

const SME_COLUMNS = {
  businessName: { aliases: ["nama ukm", "nama umkm", "nama perusahaan", "usaha", "business name", "business", "enterprise"] },
  ownerName: { aliases: ["pemilik", "nama pemilik usaha", "owner", "owner name"] },
  ownerGender: { aliases: ["jenis kelamin pemilik", "l p", "gender", "sex", "owner gender"] },
  nib: { aliases: ["nomor induk berusaha", "no nib", "nib"] },
  legalForm: { aliases: ["badan usaha", "bentuk badan usaha", "legal form"] },
  yearStarted: { aliases: ["tahun berdiri", "tahun mulai usaha", "year started", "year established"] },
  workerCount: { aliases: ["jumlah tenaga kerja", "jumlah pekerja", "pekerja", "workers", "worker count", "employees"] },
  annualTurnover: {
    aliases: ["omzet", "omset", "omset per tahun", "omzet rp", "omzet per tahun rp", "omzet tahunan", "annual turnover", "turnover"],
  },
  assets: { aliases: ["aset rp", "asset", "nilai aset", "assets", "assets idr"] },
  mainProducts: { aliases: ["produk", "main products", "products"] },
  subcontractTo: { aliases: ["subkontrak", "subkontraktor dari", "subcontracts to", "subcontractor to"] },
  phone: { aliases: ["no telepon", "nomor telepon", "no telp", "telp", "hp", "no hp", "phone", "telephone"] },
  // Not written: when present, each row must name the centre being imported into.
  cluster: { aliases: ["sentra", "nama sentra", "centre", "center", "cluster"] },
} as const satisfies Record<string, { aliases: readonly string[] }>;

/** Yearly outcomes of one sentra (docs/monitoring.md): one row per year. */
const OUTCOME_COLUMNS = {
  year: { aliases: ["tahun data", "thn", "year"] },
  smeCount: { aliases: ["jumlah umkm", "ukm", "umkm", "unit usaha", "jumlah unit usaha", "smes", "sme count"] },
  workerCount: { aliases: ["jumlah tenaga kerja", "tenaga kerja orang", "pekerja", "workers", "worker count", "employees"] },
  productionValue: { aliases: ["nilai produksi", "nilai produksi rp", "nilai produksi per tahun", "production value"] },
  exportValue: { aliases: ["nilai ekspor", "ekspor rp", "export value"] },
  exportSharePct: { aliases: ["pangsa ekspor", "ekspor persen", "export share"] },
  averageTurnover: { aliases: ["rata rata omzet", "omzet rata rata", "rata rata omzet ukm", "average turnover"] },
  source: { aliases: ["sumber", "source"] },
  // Not written: when present, each row must name the centre being imported into.
  cluster: { aliases: ["sentra", "nama sentra", "centre", "center", "cluster"] },
} as const satisfies Record<string, { aliases: readonly string[] }>;

export type ClusterColumn = keyof typeof CLUSTER_COLUMNS;
type SmeColumn = keyof typeof SME_COLUMNS;
type OutcomeColumn = keyof typeof OUTCOME_COLUMNS;
export type ColumnKey<K extends ImportKindKey> = K extends "clusters" ? ClusterColumn : K extends "smes" ? SmeColumn : OutcomeColumn;

const TABLES = { clusters: CLUSTER_COLUMNS, smes: SME_COLUMNS, outcomes: OUTCOME_COLUMNS } as const;

/** Required columns; an inner array is "one of these". */
const REQUIRED: { [K in ImportKindKey]: Array<ColumnKey<K> | Array<ColumnKey<K>>> } = {
  clusters: ["name", "commodity", ["provinceCode", "province"], "workerCount"],
  smes: ["businessName", "ownerName", "workerCount"],
  outcomes: ["year", "smeCount", "workerCount", "productionValue", "source"],
};

/** What a template offers (names or codes are accepted in the area columns). */
export const TEMPLATE_COLUMNS: { [K in ImportKindKey]: Array<ColumnKey<K>> } = {
  clusters: [
    "name",
    "commodity",
    "kbliCode",
    "province",
    "regency",
    "district",
    "village",
    "yearEstablished",
    "workerCount",
    "productionValue",
    "exportSharePct",
    "localMaterialSharePct",
    "contactName",
    "contactPhone",
    "bdsProvider",
    "notes",
  ],
  smes: [
    "businessName",
    "ownerName",
    "ownerGender",
    "nib",
    "legalForm",
    "yearStarted",
    "workerCount",
    "annualTurnover",
    "assets",
    "mainProducts",
    "subcontractTo",
    "phone",
  ],
  outcomes: ["year", "smeCount", "workerCount", "productionValue", "exportValue", "exportSharePct", "averageTurnover", "source"],
};

type LabelTable = Record<ImportKindKey, Record<string, string>>;
const LABELS: Record<AppLocale, LabelTable> = { id: id.columns as LabelTable, en: en.columns as LabelTable };

export function columnKeys<K extends ImportKindKey>(kind: K): Array<ColumnKey<K>> {
  return Object.keys(TABLES[kind]) as Array<ColumnKey<K>>;
}

function columnLabel(kind: ImportKindKey, key: string, locale: AppLocale): string {
  return LABELS[locale][kind][key] ?? key;
}

/** Lower case, no accents, punctuation as spaces: "Nilai Produksi (Rp)" → "nilai produksi rp". */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const lookupCache = new Map<ImportKindKey, Map<string, string>>();

/** Every accepted header (normalised) → column key. */
export function headerLookup(kind: ImportKindKey): Map<string, string> {
  let lookup = lookupCache.get(kind);
  if (lookup) return lookup;
  lookup = new Map();
  for (const [key, def] of Object.entries(TABLES[kind]) as Array<[string, { aliases: readonly string[] }]>) {
    for (const name of [LABELS.id[kind][key], LABELS.en[kind][key], key, ...def.aliases]) {
      if (name) lookup.set(normalizeHeader(name), key);
    }
  }
  lookupCache.set(kind, lookup);
  return lookup;
}

interface HeaderProblem {
  code: "missingColumns" | "duplicateColumn";
  params: Record<string, string>;
}

export interface ResolvedHeader<K extends ImportKindKey> {
  /** Per file column: the column key it fills, or null when ignored. */
  keys: Array<ColumnKey<K> | null>;
  /** Column key → index in the row. */
  index: Partial<Record<ColumnKey<K>, number>>;
  ignored: string[];
  problems: HeaderProblem[];
}

export function resolveHeader<K extends ImportKindKey>(kind: K, header: readonly string[], locale: AppLocale): ResolvedHeader<K> {
  const lookup = headerLookup(kind);
  const keys: Array<ColumnKey<K> | null> = [];
  const index: Partial<Record<ColumnKey<K>, number>> = {};
  const ignored: string[] = [];
  const problems: HeaderProblem[] = [];
  header.forEach((cell, i) => {
    const key = (lookup.get(normalizeHeader(cell)) ?? null) as ColumnKey<K> | null;
    if (key && index[key] !== undefined) {
      problems.push({ code: "duplicateColumn", params: { column: cell.trim() } });
      keys.push(null);
      return;
    }
    keys.push(key);
    if (key) index[key] = i;
    else if (cell.trim() !== "") ignored.push(cell.trim());
  });
  const missing = REQUIRED[kind]
    .filter((req) => (Array.isArray(req) ? req.every((k) => index[k] === undefined) : index[req] === undefined))
    .map((req) => columnLabel(kind, Array.isArray(req) ? req[req.length - 1]! : req, locale));
  if (missing.length) problems.unshift({ code: "missingColumns", params: { columns: missing.join(", ") } });
  return { keys, index, ignored, problems };
}
