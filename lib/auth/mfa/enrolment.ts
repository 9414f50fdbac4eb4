import "server-only";
import QRCode from "qrcode";
import { recordAudit } from "@/lib/audit/record";
import { checkPassword, type LoginDeps, type LoginFailure } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { sealSecret } from "@/lib/auth/mfa/secret-box";
import { newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpUri } from "@/lib/auth/mfa/totp";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";

export interface EnrolmentStart {
  /** The otpauth:// URI as an SVG QR code (a data: URL, rendered on the server). */
  qrDataUrl: string;
  /** For typing into an app that cannot scan: the base32 secret. */
  secret: string;
  recoveryCodes: string[];
}

export type EnrolmentFailure = LoginFailure | "ALREADY_ENROLLED";

/**
 * Starts (or restarts) an enrolment after the password is proven again: a new secret,
 * stored sealed and not yet enabled, and ten new recovery codes stored as argon2id
 * hashes. The enrolment takes effect when the first code from the app is accepted
 * (sign-in with the code, lib/auth/login.ts). An enrolled account cannot be
 * re-enrolled this way: an admin resets it first (lib/users/reset-second-factor.ts).
 */
export async function beginEnrolment(
  input: { email?: unknown; password?: unknown; address: string },
  deps: LoginDeps = {},
): Promise<{ ok: true; enrolment: EnrolmentStart } | { ok: false; code: EnrolmentFailure }> {
  const checked = await checkPassword(input, deps);
  if (!checked.ok) return checked;
  const { user } = checked;
  if (user.totpEnabledAt) return { ok: false, code: "ALREADY_ENROLLED" };

  const secret = newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normaliseRecoveryCode(c)!)));
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: sealSecret(secret, user.id, getEnv().NEXTAUTH_SECRET), totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
    await recordAudit(tx, { actorId: user.id, action: "auth.mfa_enrol_started", entityType: "User", entityId: user.id });
  });
  const svg = await QRCode.toString(totpUri(secret, user.email), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    ok: true,
    enrolment: { qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, secret, recoveryCodes },
  };
}
