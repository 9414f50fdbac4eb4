import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "@/lib/db";
import { ApiRefusal } from "@/lib/api/errors";

/** Requests per token per window. Kept in PostgreSQL (the sign-in throttle's table), so it holds across processes. */
export const API_RATE_LIMIT = { points: 120, durationSeconds: 60 };

function limiter(): RateLimiterPostgres {
  const g = globalThis as unknown as { sentraApiLimiter?: RateLimiterPostgres };
  g.sentraApiLimiter ??= new RateLimiterPostgres({
    storeClient: getPool(),
    tableName: "login_throttle",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: "api-token",
    points: API_RATE_LIMIT.points,
    duration: API_RATE_LIMIT.durationSeconds,
  });
  return g.sentraApiLimiter;
}

function headersOf(res: RateLimiterRes): Record<string, string> {
  return {
    "RateLimit-Limit": String(API_RATE_LIMIT.points),
    "RateLimit-Remaining": String(Math.max(0, res.remainingPoints)),
    "RateLimit-Reset": String(Math.ceil(res.msBeforeNext / 1000)),
  };
}

/** Counts one request of the token; over the limit → 429 with `Retry-After`. Returns the headers to send. */
export async function consumeApiRequest(tokenId: string): Promise<Record<string, string>> {
  try {
    return headersOf(await limiter().consume(tokenId));
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    throw new ApiRefusal("RATE_LIMITED", undefined, {
      ...headersOf(res),
      "Retry-After": String(Math.max(1, Math.ceil(res.msBeforeNext / 1000))),
    });
  }
}
