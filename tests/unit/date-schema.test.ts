import { describe, expect, it } from "vitest";
import { dateOnly, optionalDate } from "@/lib/support/fields";

// The DateField posts what was typed (so a form works without JavaScript): the server's
// date schema must read dd/mm/yyyy as well as ISO, day first.
describe("the server's date schema", () => {
  const iso = (input: unknown) => {
    const r = dateOnly.safeParse(input);
    return r.success ? r.data.toISOString().slice(0, 10) : r.error.issues.map((i) => i.message);
  };

  it("reads a typed day/month/year, day first", () => {
    expect(iso("12/02/2026")).toBe("2026-02-12");
    expect(iso("1-9-2025")).toBe("2025-09-01");
    expect(iso(" 15.01.2026 ")).toBe("2026-01-15");
  });

  it("still reads ISO and a Date", () => {
    expect(iso("2026-01-15")).toBe("2026-01-15");
    expect(iso(new Date("2026-01-15T00:00:00Z"))).toBe("2026-01-15");
  });

  it("answers a day the calendar does not have with its own message", () => {
    expect(iso("31/02/2026")).toEqual(["dateNotInCalendar"]);
    expect(iso("29/02/2025")).toEqual(["dateNotInCalendar"]);
    expect(iso("2026-02-31")).toEqual(["dateNotInCalendar"]);
    expect(iso("29/02/2028")).toBe("2028-02-29");
  });

  it("refuses text that is no date, a month-first US date, and a year out of range", () => {
    expect(iso("kemarin")).toEqual(["date"]);
    expect(iso("02/31/2026")).toEqual(["dateNotInCalendar"]);
    expect(iso("01/01/1989")).toEqual(["date"]);
    expect(iso("")).toEqual(["required"]);
  });

  it("leaves an empty optional date out", () => {
    expect(optionalDate.safeParse("").data).toBeUndefined();
    expect(optionalDate.safeParse("05/06/2026").data?.toISOString().slice(0, 10)).toBe("2026-06-05");
  });
});
