import { createHash, randomBytes } from "node:crypto";

/** Every token starts so: secret scanners and people can recognise a leaked one. */
const TOKEN_PREFIX = "sentra_pat_";
/** 32 random bytes, base64url: 43 characters after the prefix. */
const TOKEN_PATTERN = /^sentra_pat_[A-Za-z0-9_-]{43}$/;

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function isTokenShaped(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * The stored form of a token. The secret has 256 bits of entropy, so a fast hash is
 * enough (nothing to brute-force, unlike a password) and keeps every API request cheap.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What lists show to tell tokens apart: the prefix and four characters of the secret. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 4);
}
