import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Runs Prisma 6's schema engine as WebAssembly over the pg driver adapter: the only
// way to diff schemas here (docs/decisions/002-migrations-without-schema-engine.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    // Without these the CLI lingers ~10 s after its work, waiting for idle pool connections.
    return new PrismaPg({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 50, allowExitOnIdle: true });
  },
});
