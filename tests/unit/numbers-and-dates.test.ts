import { describe, expect, it } from "vitest";
import { formatValue } from "@/components/dashboard/chart-format";
import { parseDayMonthYear, toDayMonthYear } from "@/lib/forms/dates";
import { formatLongDate, formatRupiahCompact, formatScore } from "@/lib/i18n/format";
import { formatCell } from "@/lib/dashboard/tables";

describe("formatScore", () => {
  it("always shows one decimal with the language's decimal sign", () => {
    expect(formatScore(62.5, "id")).toBe("62,5");
    expect(formatScore(77, "id")).toBe("77,0");
    expect(formatScore(58.333, "id")).toBe("58,3");
    expect(formatScore(62.5, "en")).toBe("62.5");
    expect(formatScore(77, "en")).toBe("77.0");
  });

  it("is what the dashboard's score cells and tooltips show", () => {
    expect(formatCell(87.14, "score", "id")).toBe("87,1");
    expect(formatValue(58.3, "score", "id")).toBe("58,3");
  });
});

describe("compact money in words", () => {
  it("says juta, miliar, triliun in Indonesian and million, billion in English", () => {
    expect(formatRupiahCompact(2_500_000n, "id")).toBe("Rp 2,5 juta");
    expect(formatRupiahCompact(24_000_000_000n, "id")).toBe("Rp 24 miliar");
    expect(formatRupiahCompact(1_200_000_000_000n, "id")).toBe("Rp 1,2 triliun");
    expect(formatRupiahCompact(2_500_000n, "en")).toBe("IDR 2.5 million");
    expect(formatRupiahCompact(24_000_000_000n, "en")).toBe("IDR 24 billion");
  });

  it("chart axes use the words too, never `Rp 24 M`", () => {
    expect(formatValue(24e9, "rupiah", "id", true)).toBe("Rp 24 miliar");
    expect(formatValue(24e9, "rupiah", "en", true)).toBe("IDR 24 billion");
  });
});

describe("dates typed as dd/mm/yyyy", () => {
  it("reads day, month, year into ISO", () => {
    expect(parseDayMonthYear("15/01/2026")).toBe("2026-01-15");
    expect(parseDayMonthYear(" 5/1/2026 ")).toBe("2026-01-05");
    expect(parseDayMonthYear("29-02-2024")).toBe("2024-02-29");
    expect(parseDayMonthYear("31.12.1998")).toBe("1998-12-31");
  });

  it("refuses what is no calendar day or not day-first", () => {
    expect(parseDayMonthYear("31/02/2026")).toBeNull();
    expect(parseDayMonthYear("29/02/2025")).toBeNull();
    expect(parseDayMonthYear("15/13/2026")).toBeNull();
    expect(parseDayMonthYear("2026-01-15")).toBeNull();
    expect(parseDayMonthYear("15/01/26")).toBeNull();
    expect(parseDayMonthYear("")).toBeNull();
  });

  it("shows ISO as dd/mm/yyyy and leaves typed text alone", () => {
    expect(toDayMonthYear("2026-01-15")).toBe("15/01/2026");
    expect(toDayMonthYear("15/1/2026")).toBe("15/1/2026");
    expect(toDayMonthYear("")).toBe("");
  });

  it("previews the day in words", () => {
    expect(formatLongDate("2026-01-13", "id")).toBe("Selasa, 13 Januari 2026");
    expect(formatLongDate("2026-01-13", "en")).toBe("Tuesday, 13 January 2026");
  });
});
