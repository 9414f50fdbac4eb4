import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * TOTP secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from
 * NEXTAUTH_SECRET, bound to the user id as additional data, so a database dump alone
 * does not yield working secrets and a ciphertext copied to another user's row does
 * not decrypt. Rotating NEXTAUTH_SECRET makes stored secrets unreadable: those users
 * need an admin to reset their second factor (docs/security.md).
 * No "server-only" import: the e2e seed uses it too.
 */
const VERSION = "v1";

function keyFrom(appSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret, "sentra", "sentra totp secret v1", 32));
}

export function sealSecret(plain: string, userId: string, appSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(appSecret), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The secret, or null when the value was tampered with, belongs to another user or another key. */
export function openSecret(sealed: string, userId: string, appSecret: string): string | null {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(appSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
