/**
 * npm run dev | npm start
 * With no DATABASE_URL: starts the embedded PostgreSQL (data kept under .data/),
 * applies the migrations, loads the demo data, then serves the app. With
 * DATABASE_URL: uses that server as it is (migrations applied, no demo data).
 * Stopping the app (Ctrl-C) stops the embedded server.
 */
import "dotenv/config";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { openDevDatabase, type DevDatabase } from "./lib/dev-database";
import { serveNext } from "./lib/http-server";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/run.ts dev|start");
  process.exit(2);
}
const dev = mode === "dev";
const log = (line: string) => console.log(`[sentra] ${line}`);

async function persistentSecret(): Promise<string> {
  const file = path.resolve(".data/auth-secret");
  if (existsSync(file)) return (await fs.readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64");
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let embedded: DevDatabase | undefined;
let server: { close(): Promise<void> } | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("Stopping…");
  await server?.close().catch(() => {});
  await embedded?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  await openDevDatabase({
    log,
    onStarted: (db) => {
      embedded = db;
      process.env.DATABASE_URL = db.url;
    },
  });

  if (!process.env.NEXTAUTH_SECRET) {
    if (!dev && !embedded) {
      throw new Error("NEXTAUTH_SECRET is required in production (try `openssl rand -base64 32`).");
    }
    // Local use only (dev, or the production build on the embedded demo database).
    process.env.NEXTAUTH_SECRET = await persistentSecret();
  }
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  server = await serveNext({ dev, port, host });
} catch (err) {
  console.error(`[sentra] ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
}
