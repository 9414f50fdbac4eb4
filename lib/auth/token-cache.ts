import { decode } from "next-auth/jwt";

/** A decrypted session token's claims, with the expiry next-auth sets (seconds since the epoch). */
type Claims = Record<string, unknown> & { exp?: number; iat?: number };

const MAX_TOKENS = 2000;

/**
 * Decrypts session tokens (next-auth JWE: key derivation + AES-GCM) once per token and
 * process, not on every request: a signed-in user sends the same cookie until it is
 * re-issued. The token is the key, so a hit is the same ciphertext that was verified
 * before; its expiry is checked again on every hit. A token that fails to decrypt is
 * not remembered. The caller still checks the user row (lib/auth/session.ts).
 */
export function createTokenCache() {
  const tokens = new Map<string, Claims>();
  let tokensSecret: string | null = null;
  return async function decodeSessionToken(raw: string, secret: string, now: number = Date.now()): Promise<Claims | null> {
    if (secret !== tokensSecret) {
      tokens.clear();
      tokensSecret = secret;
    }
    let claims = tokens.get(raw);
    if (!claims) {
      try {
        claims = ((await decode({ token: raw, secret })) as Claims | null) ?? undefined;
      } catch {
        claims = undefined; // expired, tampered, or encrypted with another secret
      }
      if (!claims) return null;
      if (tokens.size >= MAX_TOKENS) tokens.delete(tokens.keys().next().value!);
      tokens.set(raw, claims);
    }
    if (typeof claims.exp === "number" && claims.exp * 1000 <= now) {
      tokens.delete(raw);
      return null;
    }
    return claims;
  };
}
