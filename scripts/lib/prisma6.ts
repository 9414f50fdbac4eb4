/**
 * Prisma 6's `migrate diff` between datamodels, run on its WebAssembly schema engine
 * through the pg driver adapter (tools/prisma6). It writes new migrations and feeds the
 * drift check on machines where Prisma 7's native schema engine cannot be downloaded.
 * Prisma 6 cannot read a live database in this mode, hence datamodel-to-datamodel
 * diffs plus our own catalog comparison (scripts/lib/catalog.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const toolDir = path.resolve("tools/prisma6");

function ensurePrisma6(): void {
  if (existsSync(path.join(toolDir, "node_modules", "prisma"))) return;
  const res = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: toolDir,
    stdio: "inherit",
  });
  if (res.status !== 0) throw new Error("Could not install tools/prisma6 (npm ci failed)");
}

/** Prisma 6 wants the URL in the datasource block (Prisma 7 forbids it) and no v7 generator. */
function toPrisma6Schema(schema: string): string {
  return schema
    .replace(/generator client \{[^}]*\}/, "")
    .replace(/datasource db \{([^}]*)\}/, (_m, body: string) => `datasource db {${body}  url = env("DATABASE_URL")\n}`);
}

/**
 * SQL that turns datamodel `from` (a schema file, or "empty") into datamodel `to`.
 * `url` must point at any reachable PostgreSQL: the engine connects even for this.
 */
export async function diffDatamodels(from: string | "empty", to: string, url: string): Promise<string> {
  ensurePrisma6();
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "sentra-diff-"));
  try {
    const copy = async (file: string, name: string) => {
      const target = path.join(tmp, name);
      await fs.writeFile(target, toPrisma6Schema(await fs.readFile(file, "utf8")));
      return target;
    };
    const toPath = await copy(to, "to.prisma");
    const fromArgs = from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", await copy(from, "from.prisma")];
    const res = spawnSync(
      path.join(toolDir, "node_modules", ".bin", "prisma"),
      ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", toPath, "--script"],
      {
        cwd: toolDir,
        encoding: "utf8",
        env: {
          ...process.env,
          DATABASE_URL: url,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          CHECKPOINT_DISABLE: "1",
          // The CLI checks for native engines at start-up although `engine: "js"` never
          // loads them; pointing the checks at an existing file skips the download.
          PRISMA_QUERY_ENGINE_LIBRARY: path.join(toolDir, "package.json"),
          PRISMA_SCHEMA_ENGINE_BINARY: path.join(toolDir, "package.json"),
        },
      },
    );
    if (res.status !== 0) throw new Error(`prisma migrate diff failed:\n${res.stderr}\n${res.stdout}`);
    const sql = res.stdout.trim();
    return sql.startsWith("-- This is an empty migration.") ? "" : sql;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
