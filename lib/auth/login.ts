import "server-only";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { getPool, prisma } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";

export const MAX_FAILURES_PER_ACCOUNT = 10;
const LOCK_SECONDS = 15 * 60;
const MAX_FAILURES_PER_ADDRESS = 50;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});

type LoginFailure = "INVALID_INPUT" | "INVALID_CREDENTIALS" | "LOCKED" | "RATE_LIMITED" | "ACCOUNT_DISABLED";
export type LoginResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; code: LoginFailure };

// Counted for every email, registered or not, so a lockout says nothing about
// whether an account exists. Stored in PostgreSQL: limits survive restarts and hold
// across several app processes.
function limiters() {
  const g = globalThis as unknown as { sentraLimiters?: { account: RateLimiterPostgres; address: RateLimiterPostgres } };
  g.sentraLimiters ??= {
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
    address: new RateLimiterPostgres({
      storeClient: getPool(),
      tableName: "login_throttle",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: "address",
      points: MAX_FAILURES_PER_ADDRESS,
      duration: LOCK_SECONDS,
      blockDuration: LOCK_SECONDS,
    }),
  };
  return g.sentraLimiters;
}

const exhausted = (res: RateLimiterRes | null, max: number) => !!res && res.consumedPoints >= max;

async function penalise(email: string, address: string): Promise<{ locked: boolean; limited: boolean }> {
  const { account, address: byAddress } = limiters();
  // consume() rejects with the result once the points are gone: both mean "over".
  const settle = (p: Promise<RateLimiterRes>) => p.then((r) => r).catch((r: RateLimiterRes) => r);
  const [a, b] = await Promise.all([settle(account.consume(email)), settle(byAddress.consume(address))]);
  return {
    locked: exhausted(a, MAX_FAILURES_PER_ACCOUNT),
    limited: exhausted(b, MAX_FAILURES_PER_ADDRESS),
  };
}

export async function clearAccountThrottle(email: string): Promise<void> {
  await limiters().account.delete(email.toLowerCase());
}

export async function authenticate(input: { email?: unknown; password?: unknown; address: string }): Promise<LoginResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  const { email, password } = parsed.data;
  const { account, address } = limiters();

  const [accountState, addressState] = await Promise.all([account.get(email), address.get(input.address)]);
  if (exhausted(addressState, MAX_FAILURES_PER_ADDRESS)) return { ok: false, code: "RATE_LIMITED" };
  if (exhausted(accountState, MAX_FAILURES_PER_ACCOUNT)) {
    await burnPasswordCheck(password);
    return { ok: false, code: "LOCKED" };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true, sessionVersion: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);

  if (!user || !valid) {
    const { locked, limited } = await penalise(email, input.address);
    await recordAudit(prisma, {
      actorId: null,
      action: "auth.login_failed",
      entityType: "User",
      entityId: user?.id ?? "unknown",
      after: { locked, limited },
    });
    if (limited) return { ok: false, code: "RATE_LIMITED" };
    return { ok: false, code: locked ? "LOCKED" : "INVALID_CREDENTIALS" };
  }
  if (!user.isActive) return { ok: false, code: "ACCOUNT_DISABLED" };

  await account.delete(email);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "auth.login", entityType: "User", entityId: user.id });
  });
  const { passwordHash: _omit, isActive: _active, ...safe } = user;
  return { ok: true, user: safe };
}
