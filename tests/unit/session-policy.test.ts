import { encode, decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_SECONDS, isSessionCurrent } from "@/lib/auth/session-policy";
import { createTokenCache } from "@/lib/auth/token-cache";

const now = Date.UTC(2026, 10, 28, 9, 0, 0);
const claims = { uid: "u1", role: "STAFF", sv: 3, authTime: now - 60_000 };
const user = { isActive: true, sessionVersion: 3 };

describe("isSessionCurrent", () => {
  it("accepts a fresh token of an active user with the same session version", () => {
    expect(isSessionCurrent(claims, user, now)).toBe(true);
  });

  it("ends the session after 12 hours whatever the activity", () => {
    expect(isSessionCurrent({ ...claims, authTime: now - ABSOLUTE_LIFETIME_MS - 1 }, user, now)).toBe(false);
    expect(isSessionCurrent({ ...claims, authTime: now - ABSOLUTE_LIFETIME_MS + 1000 }, user, now)).toBe(true);
  });

  it("ends the session when the user is disabled, changed or gone", () => {
    expect(isSessionCurrent(claims, { ...user, isActive: false }, now)).toBe(false);
    expect(isSessionCurrent(claims, { ...user, sessionVersion: 4 }, now)).toBe(false);
    expect(isSessionCurrent(claims, null, now)).toBe(false);
    expect(isSessionCurrent({ uid: "u1" }, user, now)).toBe(false);
  });
});

describe("the idle timeout is the JWT's own expiry", () => {
  const secret = "unit-test-secret-unit-test-secret-123";
  it("a token decodes within 30 minutes and not after", async () => {
    const token = await encode({ token: claims, secret, maxAge: IDLE_TIMEOUT_SECONDS });
    expect(await decode({ token, secret })).toMatchObject({ uid: "u1", sv: 3 });
    const expired = await encode({ token: claims, secret, maxAge: -20 });
    await expect(decode({ token: expired, secret })).rejects.toThrow();
  });
});

describe("the session token cache (lib/auth/token-cache.ts)", () => {
  const secret = "unit-test-secret-unit-test-secret-123";
  it("decrypts once, and still ends the session at the token's expiry", async () => {
    const decodeSessionToken = createTokenCache();
    const token = await encode({ token: claims, secret, maxAge: IDLE_TIMEOUT_SECONDS });
    const first = await decodeSessionToken(token, secret);
    expect(first).toMatchObject({ uid: "u1", sv: 3 });
    expect(await decodeSessionToken(token, secret)).toBe(first);
    // The same token after its expiry: refused although it is remembered.
    expect(await decodeSessionToken(token, secret, (first!.exp as number) * 1000 + 1)).toBeNull();
  });

  it("refuses tampered tokens and tokens of another secret", async () => {
    const decodeSessionToken = createTokenCache();
    const token = await encode({ token: claims, secret, maxAge: IDLE_TIMEOUT_SECONDS });
    expect(await decodeSessionToken(token, "another-secret-another-secret-12345")).toBeNull();
    expect(await decodeSessionToken(`${token.slice(0, -4)}AAAA`, secret)).toBeNull();
    expect(await decodeSessionToken(token, secret)).toMatchObject({ uid: "u1" });
    // Remembered under one secret, not valid under another.
    expect(await decodeSessionToken(token, "another-secret-another-secret-12345")).toBeNull();
  });
});
