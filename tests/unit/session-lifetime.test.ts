/**
 * The 30-minute idle timeout and the 12-hour absolute lifetime, end to end through the
 * code that enforces them (proxy.ts re-issuing the cookie, the token cache's expiry,
 * isSessionCurrent), with the clock moved by vitest's fake timers instead of waiting.
 */
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_SECONDS, SESSION_COOKIE, isSessionCurrent } from "@/lib/auth/session-policy";
import { createTokenCache } from "@/lib/auth/token-cache";
import { proxy } from "@/proxy";

const SECRET = "unit-test-secret-unit-test-secret-123";
const START = Date.UTC(2026, 11, 2, 1, 0, 0);
const MINUTE = 60_000;
const user = { isActive: true, sessionVersion: 1 };

/** One page request with the session cookie; returns the cookie the browser holds afterwards. */
async function visit(cookie: string): Promise<string> {
  const request = new NextRequest("http://localhost:3000/clusters", { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });
  const response = await proxy(request);
  return response.cookies.get(SESSION_COOKIE)?.value ?? cookie;
}

/** What getCurrentUser decides for this cookie now (the user row unchanged). */
async function isSignedIn(cookie: string): Promise<boolean> {
  const claims = await createTokenCache()(cookie, SECRET);
  return claims !== null && isSessionCurrent(claims, user);
}

const signIn = () =>
  encode({ token: { uid: "u1", role: "STAFF", sv: 1, authTime: Date.now() }, secret: SECRET, maxAge: IDLE_TIMEOUT_SECONDS });

describe("session lifetimes with a moved clock", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START);
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it("ends a session after 30 idle minutes", async () => {
    const cookie = await signIn();
    vi.setSystemTime(START + 29 * MINUTE);
    expect(await isSignedIn(cookie)).toBe(true);
    vi.setSystemTime(START + 30 * MINUTE + 1000);
    expect(await isSignedIn(cookie)).toBe(false);
    // Coming back after the idle timeout does not revive it: the proxy re-issues nothing.
    expect(await visit(cookie)).toBe(cookie);
    expect(await isSignedIn(cookie)).toBe(false);
  });

  it("activity slides the idle timeout forward", async () => {
    let cookie = await signIn();
    for (let minutes = 20; minutes <= 120; minutes += 20) {
      vi.setSystemTime(START + minutes * MINUTE);
      cookie = await visit(cookie);
      expect(await isSignedIn(cookie)).toBe(true);
    }
    // 29 minutes after the last request: still in; 31: out.
    vi.setSystemTime(START + 149 * MINUTE);
    expect(await isSignedIn(cookie)).toBe(true);
    vi.setSystemTime(START + 151 * MINUTE);
    expect(await isSignedIn(cookie)).toBe(false);
  });

  it("ends a session 12 hours after sign-in however active the user is", async () => {
    let cookie = await signIn();
    let at = START;
    while (at + 10 * MINUTE < START + ABSOLUTE_LIFETIME_MS) {
      at += 10 * MINUTE;
      vi.setSystemTime(at);
      cookie = await visit(cookie);
      expect(await isSignedIn(cookie)).toBe(true);
    }
    vi.setSystemTime(START + ABSOLUTE_LIFETIME_MS - 1000);
    expect(await isSignedIn(cookie)).toBe(true);
    // The last cookie is not expired yet (re-issued a few minutes ago) but the session is over.
    vi.setSystemTime(START + ABSOLUTE_LIFETIME_MS + 1000);
    expect(await createTokenCache()(cookie, SECRET)).not.toBeNull();
    expect(await isSignedIn(cookie)).toBe(false);
    // And the proxy no longer re-issues it, so it also dies at its idle expiry.
    const after = await visit(cookie);
    expect(after).toBe(cookie);
  });
});

describe("the test knob for the re-issue threshold", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** Whether proxy.ts, loaded with this knob, re-issues a token issued 5 s ago. */
  async function reissuesAfterFiveSeconds(knob: string | undefined): Promise<boolean> {
    vi.resetModules();
    if (knob !== undefined) vi.stubEnv("SENTRA_TEST_REISSUE_AFTER_SECONDS", knob);
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    const { proxy: freshProxy } = await import("@/proxy");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START);
    const cookie = await signIn();
    vi.setSystemTime(START + 5000);
    const request = new NextRequest("http://localhost:3000/clusters", { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });
    return (await freshProxy(request)).cookies.get(SESSION_COOKIE) !== undefined;
  }

  it("re-issues a token older than the knob's seconds, and ignores values outside 0-60", async () => {
    expect(await reissuesAfterFiveSeconds(undefined)).toBe(false);
    expect(await reissuesAfterFiveSeconds("1")).toBe(true);
    expect(await reissuesAfterFiveSeconds("6")).toBe(false);
    expect(await reissuesAfterFiveSeconds("3600")).toBe(false);
    expect(await reissuesAfterFiveSeconds("-1")).toBe(false);
    expect(await reissuesAfterFiveSeconds("abc")).toBe(false);
  });
});
