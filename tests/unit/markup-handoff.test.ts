import { describe, expect, it } from "vitest";
import { getMarkup, putMarkup } from "@/components/dashboard/markup-handoff";

describe("dashboard markup handoff", () => {
  it("hands over the markup by id, from any copy of the module (the store is on globalThis)", () => {
    putMarkup("a1", "<p>a</p>");
    expect(getMarkup("a1")).toBe("<p>a</p>");
    expect(getMarkup("missing")).toBeUndefined();
    const store = (globalThis as Record<symbol, Map<string, string>>)[Symbol.for("sentra.dashboard.markup-handoff")];
    expect(store?.get("a1")).toBe("<p>a</p>");
  });

  it("keeps the 64 most recently put ids", () => {
    for (let i = 0; i < 64; i++) putMarkup(`id-${i}`, `m${i}`);
    putMarkup("id-0", "m0"); // used again: now the newest
    putMarkup("id-64", "m64"); // one more: the oldest (id-1) goes
    expect(getMarkup("id-0")).toBe("m0");
    expect(getMarkup("id-1")).toBeUndefined();
    expect(getMarkup("id-2")).toBe("m2");
    expect(getMarkup("id-64")).toBe("m64");
  });
});
