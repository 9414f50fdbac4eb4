import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";

// Validated once, at first use on the server. Only server modules import this file.
const schema = z
  .object({
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
    // Evidence and import files: the local disk (one server) or an S3-compatible store (several).
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    /** An S3-compatible endpoint (MinIO, Ceph, a cloud's object store); unset = AWS S3. */
    S3_ENDPOINT: z.url("S3_ENDPOINT must be a URL such as https://s3.example.go.id").optional(),
    /** Unset: the AWS SDK's default credential chain (instance role, AWS_* variables). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Path-style URLs (`endpoint/bucket/key`): most self-hosted S3-compatible servers need this. */
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    /** A folder inside the bucket, e.g. `sentra/prod` (letters, digits, `_`, `-`, `/`). */
    S3_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, "S3_PREFIX: letters, digits, _ - separated by /")
      .optional(),
    // Background jobs (pg-boss, schema `pgboss` in the same database).
    /** false: this process only queues jobs (e.g. a web-only server); another process runs them. */
    JOBS_WORKER: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    /** Hours an evidence file may stay unreferenced (uploaded, never saved into an answer) before clean-up. */
    EVIDENCE_GRACE_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 365)
      .default(24),
    /** When the evidence clean-up runs (cron, UTC): hourly by default. */
    EVIDENCE_CLEANUP_CRON: z
      .string()
      .regex(/^\S+( \S+){4}$/, "EVIDENCE_CLEANUP_CRON: five cron fields")
      .default("17 * * * *"),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE_DRIVER === "s3" && !env.S3_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "S3_BUCKET is required when STORAGE_DRIVER=s3" });
    }
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_SECRET_ACCESS_KEY"],
        message: "set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither",
      });
    }
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
