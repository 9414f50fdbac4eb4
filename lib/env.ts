import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";

// Validated once, at first use on the server. Only server modules import this file.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide the embedded database, or set it to your PostgreSQL server.",
    })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`)").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a URL such as https://sentra.example.go.id").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  // Proxies whose X-Forwarded-For the sign-in throttle believes (addresses or CIDR
  // ranges, comma-separated). Unset: the socket address is the client's.
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: err instanceof Error ? err.message : String(err) });
      }
    }),
  // Set by `npm run dev` / `npm start` when they started the embedded demo database
  // (and by the e2e runner): only then are the demo accounts exempt from the second
  // factor. Never set it on a real deployment.
  SENTRA_DEMO_DATABASE: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  let secret = parsed.data.NEXTAUTH_SECRET;
  if (!secret) {
    if (parsed.data.NODE_ENV === "production") {
      throw new Error("Invalid environment:\n  - NEXTAUTH_SECRET: required in production (try `openssl rand -base64 32`)");
    }
    // Development only: sessions last as long as this process. `npm run dev` persists
    // a generated secret under .data/ so that restarts keep people signed in.
    secret = randomBytes(32).toString("base64");
    process.env.NEXTAUTH_SECRET = secret;
  }
  cached = { ...parsed.data, NEXTAUTH_SECRET: secret };
  return cached;
}
