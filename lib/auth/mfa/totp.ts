import { randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";

/** RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s. */
const TOTP_PERIOD = 30;
/** One step either side: a phone clock a little off, or a code typed as it turns over. */
const TOLERANCE_SECONDS = TOTP_PERIOD;
const RECOVERY_CODE_COUNT = 10;
const ISSUER = "Sentra";

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

export const isTotpFormat = (code: string) => /^\d{6}$/.test(code);

/**
 * The time step the code belongs to, or null. A step at or before `lastStep` is
 * refused: a code is good once (RFC 6238 section 5.2).
 */
export async function verifyTotp(secret: string, code: string, lastStep: number | null, now: number = Date.now()): Promise<number | null> {
  if (!isTotpFormat(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// No 0/O, 1/I/L: read off paper and typed by hand.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Ten codes of 10 characters (about 50 bits each), shown as XXXXX-XXXXX. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The form a recovery code is hashed and compared in: upper case, no separators. */
export function normaliseRecoveryCode(code: string): string | null {
  const c = code.toUpperCase().replace(/[\s-]/g, "");
  return /^[2-9A-Z]{10}$/.test(c) ? c : null;
}
