import { describe, expect, it } from "vitest";
import { AreaLevel, resolveAreas, type AreaCell } from "@/lib/imports/areas";
import { columnKeys, headerLookup, IMPORT_KINDS, normalizeHeader, resolveHeader, TEMPLATE_COLUMNS } from "@/lib/imports/columns";
import { cleanCell, genderFromCell } from "@/lib/imports/rows";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";
import en from "@/lib/i18n/messages/en/imports.json";
import id from "@/lib/i18n/messages/id/imports.json";
import { CLUSTER_HEADINGS_ID, SME_HEADINGS_ID } from "../support/headings";

describe("import header matching", () => {
  it("accepts Indonesian and English names regardless of case, accents, spacing and punctuation", () => {
    const header = [
      "  NAMA  usaha ",
      "Nama Pemilik",
      "jenis_kelamin",
      "N.I.B.",
      "Omzet per Tahun (Rp)",
      "Tenaga Kérja",
      "Assets (IDR)",
      "Kolom Lain",
    ];
    const r = resolveHeader("smes", header, "id");
    expect(r.keys).toEqual(["businessName", "ownerName", "ownerGender", null, "annualTurnover", "workerCount", "assets", null]);
    expect(r.ignored).toEqual(["N.I.B.", "Kolom Lain"]);
    expect(r.problems).toEqual([]);
    const english = resolveHeader(
      "clusters",
      ["Centre name", "Commodity", "Province", "Regency/city", "Workers", "Production value (IDR)", "Export share (%)"],
      "en",
    );
    expect(english.problems).toEqual([]);
    expect(english.index).toMatchObject({
      name: 0,
      commodity: 1,
      province: 2,
      regency: 3,
      workerCount: 4,
      productionValue: 5,
      exportSharePct: 6,
    });
  });

  it("reports missing required columns by their label in the user's language, and duplicates", () => {
    expect(resolveHeader("clusters", ["Nama Sentra"], "id").problems[0]).toEqual({
      code: "missingColumns",
      params: { columns: "Komoditas, Provinsi, Jumlah Tenaga Kerja" },
    });
    expect(resolveHeader("clusters", ["Nama Sentra"], "en").problems[0]!.params.columns).toBe("Commodity, Province, Workers");
    // Either the province code or the province name column will do.
    expect(resolveHeader("clusters", ["Nama Sentra", "Komoditas", "Kode Provinsi", "Jumlah Tenaga Kerja"], "id").problems).toEqual([]);
    expect(resolveHeader("smes", ["Nama Usaha", "Business name", "Nama Pemilik", "Tenaga Kerja"], "id").problems).toEqual([
      { code: "duplicateColumn", params: { column: "Business name" } },
    ]);
  });

  it("no header name means two different columns, and every column has a label in both languages", () => {
    for (const kind of IMPORT_KINDS) {
      const seen = new Map<string, string>();
      for (const key of columnKeys(kind)) {
        const labels = [(id.columns[kind] as Record<string, string>)[key], (en.columns[kind] as Record<string, string>)[key]];
        expect(labels.every(Boolean), `${kind}.${key}`).toBe(true);
        for (const label of labels) {
          const n = normalizeHeader(label!);
          expect(seen.get(n) ?? key, `${kind}: "${label}"`).toBe(key);
          seen.set(n, key);
        }
      }
      for (const [name, key] of headerLookup(kind)) expect(seen.get(name) ?? key).toBe(key);
      for (const key of TEMPLATE_COLUMNS[kind]) expect(columnKeys(kind)).toContain(key);
    }
  });

  it("reads the brief's Indonesian headers", () => {
    // The province by its code as well as by its name.
    const clusters = [...CLUSTER_HEADINGS_ID, "Kode Provinsi"];
    expect(resolveHeader("clusters", clusters, "id").keys.every(Boolean)).toBe(true);
    const smes = SME_HEADINGS_ID;
    expect(resolveHeader("smes", smes, "id").keys.every(Boolean)).toBe(true);
  });
});

describe("cell helpers", () => {
  it("maps L/P, Laki-laki/Perempuan and English to the enum, leaving the rest to the schema", () => {
    expect(["L", "l", "Laki-laki", "LAKI LAKI", "Pria", "Male", "M"].map(genderFromCell)).toEqual(Array(7).fill("MALE"));
    expect(["P", "Perempuan", "wanita", "Female", "F"].map(genderFromCell)).toEqual(Array(5).fill("FEMALE"));
    expect(genderFromCell("")).toBe("");
    expect(genderFromCell(undefined)).toBeUndefined();
    expect(genderFromCell("X")).toBe("X");
  });

  it("drops the apostrophe an export puts before formula-like text", () => {
    expect(cleanCell("'+62 812")).toBe("+62 812");
    expect(cleanCell("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(cleanCell("'Kopi")).toBe("'Kopi");
    expect(cleanCell("  Batik  ")).toBe("Batik");
  });
});

describe("area resolution", () => {
  const index = {
    province: new AreaLevel("province", [
      { code: "32", parent: "", name: "Jawa Barat" },
      { code: "34", parent: "", name: "Daerah Istimewa Yogyakarta" },
    ]),
    regency: new AreaLevel("regency", [
      { code: "32.01", parent: "32", name: "Kabupaten Bogor" },
      { code: "32.71", parent: "32", name: "Kota Bogor" },
      { code: "34.02", parent: "34", name: "Kabupaten Bantul" },
    ]),
    district: new AreaLevel("district", [{ code: "34.02.01", parent: "34.02", name: "Srandakan" }]),
  };
  const cells = (p?: string, r?: string, d?: string): Record<"province" | "regency" | "district" | "village", AreaCell> => ({
    province: { text: p, column: "Provinsi" },
    regency: { text: r, column: "Kabupaten/Kota" },
    district: { text: d, column: "Kecamatan" },
    village: { text: undefined, column: undefined },
  });

  it("resolves codes and names, with or without prefixes", () => {
    expect(resolveAreas(cells("DI Yogyakarta", "Kab. Bantul", "kecamatan srandakan"), index)).toEqual({
      codes: { province: "34", regency: "34.02", district: "34.02.01" },
      issues: [],
    });
    expect(resolveAreas(cells("DIY", "bantul"), index).codes).toEqual({ province: "34", regency: "34.02" });
    expect(resolveAreas(cells("32", "Kota Bogor"), index).codes).toEqual({ province: "32", regency: "32.71" });
    expect(resolveAreas(cells("", "34.02"), index).codes).toEqual({ province: "34", regency: "34.02" });
  });

  it("reports unknown, ambiguous and mismatched areas", () => {
    expect(resolveAreas(cells("Jawa Barat", "Bogor"), index).issues).toEqual([
      { level: "regency", column: "Kabupaten/Kota", code: "ambiguousArea" },
    ]);
    expect(resolveAreas(cells("Jawa Barat", "34.02"), index).issues[0]!.code).toBe("areaMismatch");
    expect(resolveAreas(cells("99"), index).issues[0]!.code).toBe("unknownArea");
    expect(resolveAreas(cells("Jawa Barat", "Bantul"), index).issues[0]!.code).toBe("unknownArea");
  });
});

describe("CSV delimiter", () => {
  it("takes the header's delimiter, also for short files with a blank last line", async () => {
    const { guessDelimiter } = await import("@/lib/imports/read-table");
    expect(guessDelimiter("Nama Sentra;Telepon\r\nSentra Baru;0812345678\r\n")).toBe(";");
    expect(guessDelimiter("\r\nNama Usaha,Nama Pemilik,Tenaga Kerja\r\nA;B,C,1\r\n")).toBe(",");
    expect(guessDelimiter("Nama Usaha\tNIB\r\n")).toBe("\t");
    expect(guessDelimiter("Nama Usaha\r\n")).toBe(",");
  });
});

describe("a download's ?format=", () => {
  it("is CSV when absent, one of the allowed formats, and refused otherwise", () => {
    expect(parseFormat(null, EXPORT_FORMATS)).toBe("csv");
    expect(parseFormat("", EXPORT_FORMATS)).toBe("csv");
    expect(parseFormat("xlsx", EXPORT_FORMATS)).toBe("xlsx");
    expect(parseFormat("table", ["csv", "xlsx", "json", "table"])).toBe("table");
    for (const bad of ["pdf", "XLSX", "json"]) {
      expect(() => parseFormat(bad, EXPORT_FORMATS)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    }
  });
});
