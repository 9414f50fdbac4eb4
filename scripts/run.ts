/**
 * npm run dev | npm start
 * With no DATABASE_URL: starts the embedded PostgreSQL (data kept under .data/),
 * applies the migrations, loads the demo data, then serves the app. With
 * DATABASE_URL: uses that server as it is (migrations applied, no demo data).
 * Stopping the app (Ctrl-C) stops the embedded server. If the embedded server dies
 * (a crash, kill -9), it is restarted by itself on the same port and data folder; the
 * app answers 503 on /api/health meanwhile and reconnects on its own (see
 * docs/backup-and-restore.md, "Crash recovery").
 *
 * `npm start` serves from one process per CPU core, at most four (node:cluster;
 * WEB_CONCURRENCY overrides the count, 1 = a single process): Node renders on one core, so one process
 * would leave the others idle. The primary owns the database and the secret; workers
 * only serve, and one that dies is replaced. Nothing the app keeps in memory needs to
 * be shared (sessions, lockouts, import progress live in PostgreSQL; the dashboard's
 * result cache is per process). `npm run dev` is always one process.
 */
import "dotenv/config";
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import { availableParallelism } from "node:os";
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

const DEFAULT_MAX_WORKERS = 4;

/** How many serving processes `npm start` runs. */
function workerCount(): number {
  if (dev) return 1;
  const configured = Number(process.env.WEB_CONCURRENCY);
  // Each process holds its own database pool (up to 10 connections): by default at most
  // four, so a large machine does not exhaust a server's connection limit (often 100).
  return Number.isInteger(configured) && configured > 0 ? configured : Math.min(availableParallelism(), DEFAULT_MAX_WORKERS);
}

async function stopWorkers() {
  const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.isDead()) return resolve();
          const timer = setTimeout(() => {
            w.process.kill("SIGKILL");
            resolve();
          }, 20_000);
          w.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          w.process.kill("SIGTERM");
        }),
    ),
  );
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (cluster.isPrimary) log("Stopping…");
  await server?.close().catch(() => {});
  if (cluster.isPrimary) {
    await stopWorkers();
    await embedded?.stop().catch(() => {});
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

if (cluster.isWorker) {
  // The primary prepared the database and the environment (DATABASE_URL, secret, URL).
  try {
    server = await serveNext({ dev: false, port, host });
  } catch (err) {
    console.error(`[sentra] worker ${process.pid}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
} else {
  try {
    await openDevDatabase({
      log,
      // The crash drill runs its own embedded server beside the dev one.
      dataDir: process.env.SENTRA_DATA_DIR,
      onStarted: (db) => {
        embedded = db;
        process.env.DATABASE_URL = db.url;
        // The demo accounts skip the second factor only here (lib/auth/mfa/policy.ts).
        process.env.SENTRA_DEMO_DATABASE = "1";
      },
    });

    if (!process.env.NEXTAUTH_SECRET) {
      if (!dev && !embedded) {
        throw new Error("NEXTAUTH_SECRET is required in production (try `openssl rand -base64 32`).");
      }
      // Local use only (dev, or the production build on the embedded demo database).
      process.env.NEXTAUTH_SECRET = await persistentSecret();
    }
    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    process.env.NEXT_TELEMETRY_DISABLED = "1";
    const count = workerCount();
    if (count === 1) {
      server = await serveNext({ dev, port, host });
    } else {
      await startWorkers(count);
    }
  } catch (err) {
    console.error(`[sentra] ${err instanceof Error ? err.message : String(err)}`);
    await shutdown(1);
  }
}

/** Forks the serving processes; resolves when all listen. A worker that dies is replaced. */
async function startWorkers(count: number) {
  log(`Serving from ${count} processes (WEB_CONCURRENCY to change)`);
  // A larger young generation: rendering allocates many short-lived objects, and with
  // the default (16 MB) the server spends a large share of each request in scavenges.
  cluster.setupPrimary({ execArgv: [...process.execArgv, "--max-semi-space-size=64"] });
  const fork = () =>
    new Promise<void>((resolve, reject) => {
      const worker = cluster.fork();
      worker.once("listening", () => resolve());
      worker.once("exit", (code, signal) => {
        if (stopping) return;
        reject(new Error(`a server process exited before it was ready (${signal ?? code})`));
      });
    });
  await Promise.all(Array.from({ length: count }, fork));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    log(`Server process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
}
