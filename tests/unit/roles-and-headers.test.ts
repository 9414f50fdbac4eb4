import { describe, expect, it } from "vitest";
import { HOME_BY_ROLE, PERMISSIONS, ROLES, can } from "@/lib/auth/roles";
import { buildCsp } from "@/lib/http/csp";
import { fieldMessage, parseFieldMessage } from "@/lib/forms/messages";

describe("permissions", () => {
  it("only admins manage users and assignments", () => {
    for (const role of ROLES) {
      expect(can(role, "users:manage")).toBe(role === "ADMIN");
      expect(can(role, "assignments:manage")).toBe(role === "ADMIN");
    }
  });

  it("fails closed for an unknown role", () => {
    for (const permission of Object.keys(PERMISSIONS) as Array<keyof typeof PERMISSIONS>) {
      expect(can("GUEST" as never, permission)).toBe(false);
    }
  });

  it("every role has a home", () => {
    for (const role of ROLES) expect(HOME_BY_ROLE[role]).toMatch(/^\//);
  });
});

describe("content security policy", () => {
  it("allows scripts only with the nonce in production and forbids framing", () => {
    const csp = buildCsp("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(buildCsp("abc123", false, true)).toContain("upgrade-insecure-requests");
  });
});

describe("field messages", () => {
  it("round-trip a key and its parameters", () => {
    expect(parseFieldMessage(fieldMessage("tooLong", { max: 200 }))).toEqual({ key: "tooLong", params: { max: "200" } });
    expect(parseFieldMessage(fieldMessage("required"))).toEqual({ key: "required", params: {} });
  });
});
