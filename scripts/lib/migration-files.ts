import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { migrationsDir } from "./migrate";

/**
 * Each migration folder keeps a copy of the schema it brings the database to
 * (`schema.prisma`, ignored by Prisma's own tools). The newest copy is what the next
 * migration is diffed from.
 */
export async function latestSnapshot(): Promise<string | undefined> {
  if (!existsSync(migrationsDir)) return undefined;
  const dirs = (await fs.readdir(migrationsDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .reverse();
  for (const dir of dirs) {
    const file = path.join(migrationsDir, dir, "schema.prisma");
    if (existsSync(file)) return file;
  }
  return undefined;
}
