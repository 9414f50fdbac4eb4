// Session lifetimes (issue #2): idle timeout and absolute lifetime.
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

export const SESSION_COOKIE_SECURE = "__Secure-next-auth.session-token";
export const SESSION_COOKIE = "next-auth.session-token";

/** The JWT claims Sentra puts in the next-auth token. */
export interface SentraClaims {
  uid: string;
  role: string;
  sv: number;
  authTime: number;
}

export function isSentraClaims(token: unknown): token is SentraClaims {
  const t = token as Partial<SentraClaims> | null;
  return !!t && typeof t.uid === "string" && typeof t.role === "string" && typeof t.sv === "number" && typeof t.authTime === "number";
}

/**
 * Whether a decoded token still opens a session for this user row: within the absolute
 * lifetime, and the user still exists, is active and has the same session version.
 * (The idle timeout is the JWT's own expiry, checked when it is decrypted.)
 */
export function isSessionCurrent(
  token: unknown,
  user: { isActive: boolean; sessionVersion: number } | null,
  now: number = Date.now(),
): token is SentraClaims {
  if (!isSentraClaims(token) || !user) return false;
  if (now - token.authTime > ABSOLUTE_LIFETIME_MS || token.authTime > now + 60_000) return false;
  return user.isActive && user.sessionVersion === token.sv;
}
