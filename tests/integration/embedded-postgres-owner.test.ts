/**
 * One command at a time runs the embedded PostgreSQL of a data folder: a second one is
 * refused with a message naming the first, and the first's server keeps answering;
 * a server left running by a command that was killed is stopped and taken over.
 * Real servers: another process holds the folder (the claim is per process).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDataDir, startEmbeddedPostgres, type EmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

const HOLDER = `
import { startEmbeddedPostgres } from "./scripts/lib/embedded-postgres.ts";
const server = await startEmbeddedPostgres({ dataDir: process.argv[1], persistent: true });
console.log("READY " + server.port);
setInterval(() => {}, 1 << 30);
`;

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one;
  } finally {
    await client.end();
  }
}

describe("the embedded server's data folder", { timeout: 180_000 }, () => {
  let parent: string;
  let dataDir: string;
  let holder: ChildProcess | undefined;
  let holderPort = 0;
  const started: EmbeddedPostgres[] = [];

  beforeAll(async () => {
    parent = await fs.mkdtemp(path.join(os.tmpdir(), "sentra-owner-"));
    await fs.chmod(parent, 0o755);
    dataDir = await resolveDataDir(path.join(parent, "pg"));
    holder = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", HOLDER, dataDir], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    holderPort = await new Promise<number>((resolve, reject) => {
      holder!.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /READY (\d+)/.exec(output);
        if (ready) resolve(Number(ready[1]));
      });
      holder!.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      holder!.once("exit", (code) => reject(new Error(`the holder exited (${code}): ${output}`)));
    });
  }, 180_000);

  afterAll(async () => {
    for (const server of started) await server.stop();
    if (holder?.exitCode === null) holder.kill("SIGKILL");
    await fs.rm(parent, { recursive: true, force: true });
    if (dataDir && !dataDir.startsWith(parent)) await fs.rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it("refuses a second command while the first runs, and leaves the first's server running", async () => {
    const password = (await fs.readFile(`${dataDir}.password`, "utf8")).trim();
    const holderUrl = `postgresql://postgres:${password}@127.0.0.1:${holderPort}/postgres`;
    expect(await selectOne(holderUrl)).toBe(1);

    const second = startEmbeddedPostgres({ dataDir, persistent: true });
    await expect(second).rejects.toThrow(`is in use by another Sentra command (pid ${holder!.pid}`);
    await expect(second).rejects.toMatchObject({ name: "DataDirInUseError" });

    // Still the same server, never stopped: connections keep working.
    expect(await selectOne(holderUrl)).toBe(1);
    const owner = JSON.parse(await fs.readFile(`${dataDir}.owner`, "utf8")) as { pid: number };
    expect(owner.pid).toBe(holder!.pid);
  });

  it("takes over a folder whose command was killed, stopping the server it left behind", async () => {
    const exited = new Promise((resolve) => holder!.once("exit", resolve));
    holder!.kill("SIGKILL");
    await exited;
    // The postmaster outlives its parent; the owner file still names the dead process.
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);
    expect(existsSync(`${dataDir}.owner`)).toBe(true);

    const server = await startEmbeddedPostgres({ dataDir, persistent: true });
    started.push(server);
    expect(await selectOne(server.adminUrl)).toBe(1);
    const owner = JSON.parse(await fs.readFile(`${dataDir}.owner`, "utf8")) as { pid: number };
    expect(owner.pid).toBe(process.pid);

    await server.stop();
    started.pop();
    expect(existsSync(`${dataDir}.owner`)).toBe(false);
  });
});
