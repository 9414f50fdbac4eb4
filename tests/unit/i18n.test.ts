import { describe, expect, it } from "vitest";
import { en, id } from "@/lib/i18n/messages";
import { formatNumber, formatRupiah, formatRupiahCompact } from "@/lib/i18n/format";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("message catalogues", () => {
  it("Bahasa Indonesia and English have exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("no message is empty", () => {
    for (const catalogue of [id, en]) {
      const flat = keys(catalogue);
      expect(flat.length).toBeGreaterThan(50);
      for (const key of flat) {
        const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue);
        expect(String(value).trim(), key).not.toBe("");
      }
    }
  });
});

describe("Rupiah and number formatting", () => {
  it("formats the 2001 MAP budget in both languages", () => {
    expect(formatRupiahCompact(39_600_000_000n, "id")).toBe("Rp 39,6 miliar");
    expect(formatRupiahCompact(39_600_000_000n, "en")).toBe("IDR 39.6 billion");
    expect(formatRupiah(39_600_000_000n, "id")).toBe("Rp 39.600.000.000");
    expect(formatRupiah(39_600_000_000n, "en")).toBe("IDR 39,600,000,000");
  });

  it("keeps BigInt amounts exact beyond 2^53", () => {
    expect(formatRupiah(9_007_199_254_740_993n, "id")).toBe("Rp 9.007.199.254.740.993");
  });

  it("formats plain numbers per locale", () => {
    expect(formatNumber(1250000, "id")).toBe("1.250.000");
    expect(formatNumber(1250000, "en")).toBe("1,250,000");
  });
});
