import { describe, expect, it } from "vitest";
import { dashContext } from "@/components/dashboard/context";
import { dashboardScope } from "@/lib/dashboard/queries";
import { parseDashboardParams } from "@/lib/dashboard/filters";

// The dashboard's body is a "use cache" scope (components/dashboard/body.tsx): its texts
// come from the locale it is given, never from the request.
describe("dashboard context", () => {
  const params = parseDashboardParams({ province: "33", year: "2025" });
  const asOf = new Date("2026-03-01T03:04:00Z");

  it("translates for the locale passed in, whatever the request", () => {
    const en = dashContext(params, asOf, "en");
    const id = dashContext(params, asOf, "id");
    expect(en.t("title")).toBe("Programme Dashboard");
    expect(id.t("title")).not.toBe(en.t("title"));
    expect(en.stage("SURVIVAL")).toBe("Survival");
    expect(en.t("dataAsOf", { date: en.asOf })).toContain(en.asOf);
    expect(en.search).toBe("province=33&year=2025");
    // Jakarta time (UTC+7).
    expect(en.asOf).toContain("10:04");
  });
});

describe("dashboard scope (part of the body's cache key)", () => {
  it("is shared by staff, managers and admins, and is the consultant's own", () => {
    expect(dashboardScope({ id: "m1", role: "MANAGER" })).toEqual({ role: "MANAGER", id: "" });
    expect(dashboardScope({ id: "s1", role: "STAFF" })).toEqual({ role: "STAFF", id: "" });
    expect(dashboardScope({ id: "c1", role: "CONSULTANT" })).toEqual({ role: "CONSULTANT", id: "c1" });
    expect(dashboardScope({ id: "c2", role: "CONSULTANT" })).not.toEqual(dashboardScope({ id: "c1", role: "CONSULTANT" }));
  });
});
