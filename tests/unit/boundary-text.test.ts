import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { evidenceFileName } from "@/lib/diagnosis/schema";
import { hasForbiddenChars, stripForbiddenChars, text } from "@/lib/forms/text";
import { isWellFormedActionBody } from "@/lib/http/action-body";
import { proxy } from "@/proxy";

const root = path.resolve(import.meta.dirname, "../..");

/** Files that build zod schemas for input that is not Sentra's boundary (stored rows, the instrument catalogue, the environment). */
const NOT_BOUNDARY = new Set(["lib/env.ts", "lib/imports/types.ts", "lib/auth/login.ts"]);

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return rel === "lib/generated" || rel === "lib/diagnosis/engine" ? [] : sources(rel);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [rel] : [];
  });
}

describe("the text primitive", () => {
  it("refuses control characters, lone surrogates and non-characters; keeps tabs, newlines and any script", () => {
    for (const bad of ["\u0000", "a\u0001", "\u001b[31m", "\u007f", "\u0085", "\ud800", "x\udc00", "\uffff"])
      expect(hasForbiddenChars(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ["Batik\ttulis\r\n", "Sentra Kopi Gayo", "ꦧꦠꦶꦏ꧀", "😀", "Rp 1.000.000", ""])
      expect(hasForbiddenChars(good), good).toBe(false);
    expect(stripForbiddenChars("a\u0000b\u001bc")).toBe("abc");
    const s = text().trim().min(1).max(5);
    expect(s.safeParse("a\u0000").error?.issues[0]?.message).toBe("controlChars");
    expect(s.safeParse(" ab ").data).toBe("ab");
  });

  it("is the only string schema in lib/ and app/ outside the few non-boundary files", () => {
    const offenders = [...sources("lib"), ...sources("app")]
      .filter((f) => f !== "lib/forms/text.ts" && !NOT_BOUNDARY.has(f))
      .filter((f) => /\bz\s*\.\s*(?:coerce\s*\.\s*)?string\s*\(/.test(readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("evidence file names", () => {
  it("carry the extension of the detected type, whatever the upload was called", () => {
    expect(evidenceFileName("poly.html", "image/png")).toBe("poly.png");
    expect(evidenceFileName("laporan.final.PDF", "application/pdf")).toBe("laporan.final.pdf");
    expect(evidenceFileName("foto", "image/jpeg")).toBe("foto.jpg");
    expect(evidenceFileName("<script>.svg", "image/webp")).toBe("_script_.webp");
    expect(evidenceFileName("...", "image/png")).toBe("bukti.png");
    expect(evidenceFileName("x".repeat(300) + ".png", "image/png").length).toBeLessThanOrEqual(200);
  });
});

describe("server-action bodies", () => {
  const post = (body: BodyInit, type: string) =>
    new Request("http://h/", { method: "POST", body, headers: { "content-type": type, "next-action": "x" } });
  it("accept what React sends and refuse null, invalid UTF-8 and broken multipart", async () => {
    const form = new FormData();
    form.append("_1_name", "x");
    form.append("0", '[{},"$K1"]');
    expect(await isWellFormedActionBody(new Request("http://h/", { method: "POST", body: form }))).toBe(true);
    expect(await isWellFormedActionBody(post('["a",1]', "text/plain;charset=UTF-8"))).toBe(true);
    expect(await isWellFormedActionBody(post("", "text/plain;charset=UTF-8"))).toBe(true);
    expect(await isWellFormedActionBody(post("null", "text/plain;charset=UTF-8"))).toBe(false);
    expect(await isWellFormedActionBody(post(new Uint8Array([0xff, 0xfe, 0x5b, 0x5d]), "text/plain;charset=UTF-8"))).toBe(false);
    expect(await isWellFormedActionBody(post("--q\r\nbroken", "multipart/form-data; boundary=q"))).toBe(false);
  });
});

describe("proxy.ts behind https", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends Strict-Transport-Security and re-issues the session cookie as Secure when NEXTAUTH_URL is https", async () => {
    const secret = "x".repeat(32);
    vi.stubEnv("NEXTAUTH_URL", "https://sentra.example.go.id");
    vi.stubEnv("NEXTAUTH_SECRET", secret);
    const now = Date.now();
    vi.useFakeTimers({ now: now - 5 * 60_000 });
    const token = await encode({ token: { uid: "u1", role: "STAFF", sv: 1, authTime: now - 5 * 60_000 }, secret, maxAge: 1800 });
    vi.useRealTimers();
    const res = await proxy(
      new NextRequest("https://sentra.example.go.id/clusters", { headers: { cookie: `__Secure-next-auth.session-token=${token}` } }),
    );
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toContain("__Secure-next-auth.session-token=");
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });

  it("sends no HSTS over plain http", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const res = await proxy(new NextRequest("http://localhost:3000/login"));
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("lets a route handler's own Content-Security-Policy stand and refuses malformed URLs and cross-origin actions", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const api = await proxy(
      new NextRequest("http://localhost:3000/api/evidence/abc", { headers: { cookie: "next-auth.session-token=x" } }),
    );
    expect(api.headers.get("content-security-policy")).toBeNull();
    const page = await proxy(new NextRequest("http://localhost:3000/login"));
    expect(page.headers.get("content-security-policy")).toContain("script-src");
    expect((await proxy(new NextRequest("http://localhost:3000/clusters?q=%00"))).status).toBe(400);
    const action = await proxy(
      new NextRequest("http://localhost:3000/", {
        method: "POST",
        headers: { "next-action": "abc", origin: "https://evil.example", host: "localhost:3000" },
        body: "[]",
      }),
    );
    expect(action.status).toBe(403);
  });
});
