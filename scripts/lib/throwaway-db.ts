import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

/**
 * A fresh, empty PostgreSQL database for one command: an embedded throw-away server,
 * or, when DATABASE_URL is set, a uniquely named database on that server.
 */
export async function withThrowawayServer<T>(fn: (server: { adminUrl: string; urlFor(db: string): string }) => Promise<T>): Promise<T> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const admin = new URL(external);
    admin.pathname = "/postgres";
    const urlFor = (db: string) => {
      const u = new URL(external);
      u.pathname = `/${db}`;
      return u.toString();
    };
    return fn({ adminUrl: admin.toString(), urlFor });
  }
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), "sentra-pg-"));
  await fs.chmod(parent, 0o755);
  let server: EmbeddedPostgres | undefined;
  try {
    server = await startEmbeddedPostgres({ dataDir: path.join(parent, "data"), persistent: false, fast: true });
    return await fn(server);
  } finally {
    await server?.stop();
    await fs.rm(parent, { recursive: true, force: true });
  }
}

export { ensureDatabase };
