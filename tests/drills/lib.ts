/**
 * Shared by the job drills: a throw-away migrated and seeded database, the production
 * build served by scripts/run.ts (one process, so SIGKILL really kills the server), and
 * a signed-in session. Needs `next build` first (the drills do not build).
 */
import { spawnApp, waitUntilHealthy } from "../../scripts/lib/app-process";
import { applyMigrations } from "../../scripts/lib/migrate";
import { ensureDatabase, withThrowawayServer } from "../../scripts/lib/throwaway-db";
import { seedDemo } from "../../prisma/seed";

export { signIn } from "../bench/lib/app-server";
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed";

export function log(line: string) {
  console.log(`[drill] ${new Date().toISOString().slice(11, 19)} ${line}`);
}

export function fail(message: string): never {
  throw new Error(`DRILL FAILED: ${message}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A seeded database (demo accounts and centres) on a throw-away server, or on DATABASE_URL's. */
export async function withDrillDatabase<T>(name: string, fn: (url: string) => Promise<T>): Promise<T> {
  return withThrowawayServer(async (server) => {
    const database = `sentra_drill_${name}_${process.pid}`;
    await ensureDatabase(server.adminUrl, database);
    const url = server.urlFor(database);
    await applyMigrations(url);
    await seedDemo(url, () => {});
    return fn(url);
  });
}

export interface DrillServer {
  baseUrl: string;
  pid: number;
  /** Every stdout/stderr line so far (JSON log lines). */
  lines: string[];
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `npm start` of the built app, single process, on `port` (DRILL_MODE=dev: `npm run dev`,
 * no build needed, slower first requests); resolves when /api/health answers 200.
 */
export async function startServer(name: string, port: number, env: Record<string, string>): Promise<DrillServer> {
  const app = spawnApp({
    port,
    mode: process.env.DRILL_MODE === "dev" ? "dev" : "start",
    stdio: "pipe",
    env: {
      WEB_CONCURRENCY: "1",
      // A throw-away copy of the demo database: its demo accounts skip the second factor.
      SENTRA_DEMO_DATABASE: "1",
      LOG_LEVEL: "info",
      ...env,
    },
  });
  const { child, baseUrl } = app;
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split("\n");
      rest = parts.pop() ?? "";
      lines.push(...parts);
    });
  }
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const server: DrillServer = {
    baseUrl,
    pid: child.pid!,
    lines,
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
    stop: app.stop,
  };
  try {
    await waitUntilHealthy(baseUrl, { timeoutMs: 300_000, exited: app.exited });
  } catch (err) {
    await server.stop();
    fail(`server ${name}: ${(err as Error).message}:\n${lines.slice(-20).join("\n")}`);
  }
  log(`server ${name} ready at ${baseUrl} (pid ${child.pid})`);
  return server;
}

/** A CSV of `rows` SMEs (Indonesian headers), unique names and NIBs per `tag`. */
export function smeCsv(rows: number, tag: string): Uint8Array {
  const lines = ["Nama Usaha,Nama Pemilik,Jenis Kelamin,NIB,Tenaga Kerja,Omzet per Tahun,Produk Utama"];
  const base = 1_000_000_000_000 + Math.floor(Math.random() * 1_000) * 1_000_000;
  for (let i = 0; i < rows; i++)
    lines.push(
      `Usaha ${tag} ${i + 1},Pemilik ${i + 1},${i % 2 ? "L" : "P"},${base + i},${1 + (i % 40)},"Rp ${(50_000_000 + i).toLocaleString("id-ID")}",Batik tulis`,
    );
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

/** Uploads an import through the HTTP API as the browser's script does; returns the batch id. */
export async function uploadImport(
  baseUrl: string,
  cookie: string,
  clusterId: string | null,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const form = new FormData();
  form.set("kind", clusterId ? "smes" : "clusters");
  if (clusterId) form.set("clusterId", clusterId);
  form.set("file", new Blob([Buffer.from(bytes)], { type: "text/csv" }), fileName);
  const res = await fetch(`${baseUrl}/api/imports`, {
    method: "POST",
    body: form,
    headers: { cookie, accept: "application/json", origin: baseUrl },
  });
  if (res.status !== 202) fail(`upload answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return ((await res.json()) as { batchId: string }).batchId;
}
