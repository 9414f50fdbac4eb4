import "server-only";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { getPool, prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { isSecondFactorRequired } from "@/lib/auth/mfa/policy";
import { openSecret } from "@/lib/auth/mfa/secret-box";
import { isTotpFormat, normaliseRecoveryCode, verifyTotp } from "@/lib/auth/mfa/totp";

export const MAX_FAILURES_PER_ACCOUNT = 10;
const LOCK_SECONDS = 15 * 60;
/**
 * Failures from one client address (password or code, any account) before its
 * attempts are slowed down. The address limit never refuses: a whole office behind
 * one NAT address must not be locked out by one person in it (issue #16 finding 2).
 * Each account is still locked after MAX_FAILURES_PER_ACCOUNT.
 */
export const ADDRESS_SLOWDOWN_AFTER = 20;
export const ADDRESS_DELAY_STEP_MS = 250;
export const ADDRESS_MAX_DELAY_MS = 5_000;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
  // A 6-digit TOTP code or a recovery code (XXXXX-XXXXX); absent on the password step.
  code: z
    .string()
    .trim()
    .max(32)
    .optional()
    .transform((c) => c || undefined),
});

export type LoginFailure =
  | "INVALID_INPUT"
  | "INVALID_CREDENTIALS"
  | "LOCKED"
  | "RATE_LIMITED"
  | "ACCOUNT_DISABLED"
  /** The password is right; the account's second factor is asked for next. */
  | "MFA_REQUIRED"
  /** The password is right; the account must set up a second factor first. */
  | "MFA_ENROL"
  | "INVALID_CODE";
export type LoginResult =
  { ok: true; user: { id: string; email: string; name: string; role: string; sessionVersion: number } } | { ok: false; code: LoginFailure };

export interface LoginDeps {
  /** Waits before answering a slowed-down address; tests pass a recorder. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Whether this is the embedded demo database (SENTRA_DEMO_DATABASE). */
  demoDatabase?: boolean;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// Counted for every email, registered or not, so a lockout says nothing about
// whether an account exists. Stored in PostgreSQL: limits survive restarts and hold
// across several app processes.
function limiters() {
  const g = globalThis as unknown as { sentraLimiters2?: { account: RateLimiterPostgres; address: RateLimiterPostgres } };
  g.sentraLimiters2 ??= {
    account: new RateLimiterPostgres({
      storeClient: getPool(),
      tableName: "login_throttle",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: "account",
      points: MAX_FAILURES_PER_ACCOUNT,
      duration: LOCK_SECONDS,
      blockDuration: LOCK_SECONDS,
    }),
    // Counts only; never blocks (see ADDRESS_SLOWDOWN_AFTER). A new prefix: rows of the
    // former blocking limiter are ignored and expire.
    address: new RateLimiterPostgres({
      storeClient: getPool(),
      tableName: "login_throttle",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: "address-slow",
      points: Number.MAX_SAFE_INTEGER,
      duration: LOCK_SECONDS,
    }),
  };
  return g.sentraLimiters2;
}

const exhausted = (res: RateLimiterRes | null, max: number) => !!res && res.consumedPoints >= max;

/** How long an attempt from an address with this many recent failures waits. */
export function addressDelayMs(failures: number): number {
  if (failures < ADDRESS_SLOWDOWN_AFTER) return 0;
  return Math.min(ADDRESS_MAX_DELAY_MS, (failures - ADDRESS_SLOWDOWN_AFTER + 1) * ADDRESS_DELAY_STEP_MS);
}

async function penalise(email: string, address: string): Promise<{ locked: boolean }> {
  const { account, address: byAddress } = limiters();
  // consume() rejects with the result once the points are gone: both mean "over".
  const settle = (p: Promise<RateLimiterRes>) => p.then((r) => r).catch((r: RateLimiterRes) => r);
  const [a] = await Promise.all([settle(account.consume(email)), settle(byAddress.consume(address))]);
  return { locked: exhausted(a, MAX_FAILURES_PER_ACCOUNT) };
}

/** Whether sign-in is locked for this account now (ten failures): API tokens of a locked owner are refused too. */
export async function isAccountLocked(email: string): Promise<boolean> {
  return exhausted(await limiters().account.get(email.toLowerCase()), MAX_FAILURES_PER_ACCOUNT);
}

export async function clearAccountThrottle(email: string): Promise<void> {
  await limiters().account.delete(email.toLowerCase());
}

const USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  passwordHash: true,
  sessionVersion: true,
  totpSecret: true,
  totpEnabledAt: true,
  totpLastStep: true,
} as const;

type LoginUser = NonNullable<Awaited<ReturnType<typeof findLoginUser>>>;
const findLoginUser = (email: string) => prisma.user.findUnique({ where: { email }, select: USER_FIELDS });

type PasswordCheck = { ok: true; user: LoginUser; demoDatabase: boolean } | { ok: false; code: LoginFailure };

/**
 * The password step, throttled: per-address slow-down, per-account lockout, failures
 * audited. Shared by sign-in and by the start of a second-factor enrolment.
 */
export async function checkPassword(
  input: { email?: unknown; password?: unknown; address: string },
  deps: LoginDeps = {},
): Promise<PasswordCheck> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  const { email, password } = parsed.data;
  const { account, address } = limiters();

  const [accountState, addressState] = await Promise.all([account.get(email), address.get(input.address)]);
  const delay = addressDelayMs(addressState?.consumedPoints ?? 0);
  if (delay) await (deps.sleep ?? realSleep)(delay);
  if (exhausted(accountState, MAX_FAILURES_PER_ACCOUNT)) {
    await burnPasswordCheck(password);
    return { ok: false, code: "LOCKED" };
  }

  const user = await findLoginUser(email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);

  if (!user || !valid) {
    const { locked } = await penalise(email, input.address);
    await recordAudit(prisma, {
      actorId: null,
      action: "auth.login_failed",
      entityType: "User",
      entityId: user?.id ?? "unknown",
      after: { locked, step: "password" },
    });
    return { ok: false, code: locked ? "LOCKED" : "INVALID_CREDENTIALS" };
  }
  if (!user.isActive) return { ok: false, code: "ACCOUNT_DISABLED" };
  return { ok: true, user, demoDatabase: deps.demoDatabase ?? getEnv().SENTRA_DEMO_DATABASE === "1" };
}

type FactorResult = { ok: true; method: "totp" | "recovery"; enrolled: boolean } | { ok: false };

/** Checks the second factor; a TOTP step or recovery code is consumed atomically, so a race cannot use it twice. */
async function checkSecondFactor(user: LoginUser, code: string, now: number): Promise<FactorResult> {
  const secret = user.totpSecret ? openSecret(user.totpSecret, user.id, getEnv().NEXTAUTH_SECRET) : null;
  const enrolled = !!user.totpEnabledAt;
  if (secret && isTotpFormat(code)) {
    const step = await verifyTotp(secret, code, user.totpLastStep, now);
    if (step === null) return { ok: false };
    const { count } = await prisma.user.updateMany({
      where: { id: user.id, totpSecret: user.totpSecret, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step, ...(enrolled ? {} : { totpEnabledAt: new Date(now) }) },
    });
    return count ? { ok: true, method: "totp", enrolled: !enrolled } : { ok: false };
  }
  // Recovery codes only once enrolled: an enrolment is confirmed by the app's code.
  const recovery = enrolled ? normaliseRecoveryCode(code) : null;
  if (!recovery) return { ok: false };
  const unused = await prisma.recoveryCode.findMany({ where: { userId: user.id, usedAt: null }, select: { id: true, codeHash: true } });
  for (const row of unused) {
    if (await verifyPassword(row.codeHash, recovery)) {
      const { count } = await prisma.recoveryCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date(now) } });
      return count ? { ok: true, method: "recovery", enrolled: false } : { ok: false };
    }
  }
  return { ok: false };
}

/**
 * Sign-in: the password, then (for an enrolled account, an admin or a manager) the
 * second factor. The account's failure count is reset only after both succeed, so
 * knowing the password does not buy unlimited guesses at the code.
 */
export async function authenticate(
  input: { email?: unknown; password?: unknown; code?: unknown; address: string },
  deps: LoginDeps = {},
): Promise<LoginResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  const checked = await checkPassword(input, deps);
  if (!checked.ok) return checked;
  const { user } = checked;
  const now = (deps.now ?? Date.now)();
  const code = parsed.data.code;

  let secondFactor: "none" | "totp" | "recovery" = "none";
  let enrolledNow = false;
  if (isSecondFactorRequired(user, checked.demoDatabase)) {
    if (!code) return { ok: false, code: user.totpEnabledAt ? "MFA_REQUIRED" : "MFA_ENROL" };
    // Enrolment not started yet (no secret): the form must fetch the QR code first.
    if (!user.totpEnabledAt && !user.totpSecret) return { ok: false, code: "MFA_ENROL" };
    const factor = await checkSecondFactor(user, code, now);
    if (!factor.ok) {
      const { locked } = await penalise(user.email, input.address);
      await recordAudit(prisma, {
        actorId: null,
        action: "auth.login_failed",
        entityType: "User",
        entityId: user.id,
        after: { locked, step: "second_factor" },
      });
      return { ok: false, code: locked ? "LOCKED" : "INVALID_CODE" };
    }
    secondFactor = factor.method;
    enrolledNow = factor.enrolled;
  }

  await limiters().account.delete(user.email);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(now) } });
    if (enrolledNow) await recordAudit(tx, { actorId: user.id, action: "auth.mfa_enrolled", entityType: "User", entityId: user.id });
    await recordAudit(tx, { actorId: user.id, action: "auth.login", entityType: "User", entityId: user.id, after: { secondFactor } });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

export type EnrolmentConfirmation =
  { ok: true } | { ok: false; code: "INVALID_CODE" | "LOCKED" | "MFA_ENROL" | "ALREADY_ENROLLED" | "INVALID_INPUT" };

/**
 * Confirms a signed-in user's own enrolment (the account page) with the first code
 * from the app. Wrong codes count towards the account lockout like at sign-in.
 */
export async function confirmEnrolment(
  input: { userId: string; code?: unknown; address: string },
  deps: LoginDeps = {},
): Promise<EnrolmentConfirmation> {
  const code = typeof input.code === "string" ? input.code.trim() : "";
  if (!code || code.length > 32) return { ok: false, code: "INVALID_INPUT" };
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: USER_FIELDS });
  if (!user) return { ok: false, code: "INVALID_INPUT" };
  if (user.totpEnabledAt) return { ok: false, code: "ALREADY_ENROLLED" };
  if (!user.totpSecret) return { ok: false, code: "MFA_ENROL" };
  if (exhausted(await limiters().account.get(user.email), MAX_FAILURES_PER_ACCOUNT)) return { ok: false, code: "LOCKED" };
  const factor = await checkSecondFactor(user, code, (deps.now ?? Date.now)());
  if (!factor.ok) {
    const { locked } = await penalise(user.email, input.address);
    await recordAudit(prisma, {
      actorId: user.id,
      action: "auth.mfa_enrol_failed",
      entityType: "User",
      entityId: user.id,
      after: { locked },
    });
    return { ok: false, code: locked ? "LOCKED" : "INVALID_CODE" };
  }
  await recordAudit(prisma, { actorId: user.id, action: "auth.mfa_enrolled", entityType: "User", entityId: user.id });
  return { ok: true };
}
