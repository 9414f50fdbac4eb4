/** npm run db:migrate — applies pending migrations to DATABASE_URL. */
import "dotenv/config";
import { applyMigrations } from "./lib/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. `npm run dev` migrates the embedded database by itself.");
  process.exit(2);
}
const applied = await applyMigrations(url, console.log);
console.log(applied.length ? `${applied.length} migration(s) applied.` : "Nothing to apply: the database is up to date.");
