import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

const ORIGIN = "https://sentra.example.go.id";

describe("safeCallbackPath (issue #16 finding 1: open redirect after sign-in)", () => {
  it.each([
    "/\\evil.example/x",
    "/\t/evil.example",
    "/%09/evil.example",
    "//evil.example",
    "///evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "https://evil.example/",
    "http://sentra.example.go.id.evil.example/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://sentra.example.go.id/x", // same host, another scheme: another origin
    "/\n/evil.example",
  ])("refuses %j", (raw) => {
    const decoded = raw.includes("%09") ? decodeURIComponent(raw) : raw;
    expect(safeCallbackPath(decoded, ORIGIN)).toBeNull();
    expect(safeCallbackPath(decoded)).toBeNull();
  });

  it.each([
    ["/clusters", "/clusters"],
    ["/smes?cluster=abc&q=batik", "/smes?cluster=abc&q=batik"],
    ["/dashboard#top", "/dashboard#top"],
    ["https://sentra.example.go.id/clusters", "/clusters"],
    ["clusters", "/clusters"],
    ["/a/../admin/users", "/admin/users"],
  ])("follows same-origin %j as %j", (raw, expected) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBe(expected);
  });

  it("refuses what is not a string, empty or absurdly long", () => {
    expect(safeCallbackPath(undefined, ORIGIN)).toBeNull();
    expect(safeCallbackPath(["/x"], ORIGIN)).toBeNull();
    expect(safeCallbackPath("", ORIGIN)).toBeNull();
    expect(safeCallbackPath(`/${"a".repeat(5000)}`, ORIGIN)).toBeNull();
  });
});
