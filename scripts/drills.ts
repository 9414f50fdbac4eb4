/**
 * npm run test:drills — the operational drills (needs a production build: run
 * `npx next build` first, as for the e2e tests): the restore drill (backup, change,
 * restore, compare; refusals) and the crash drill (kill -9 of PostgreSQL under a
 * stream of writes). Figures are printed; docs/backup-and-restore.md records them.
 */
import { crashDrill } from "./drills/crash-drill";
import { restoreDrill } from "./drills/restore-drill";

const only = process.argv[2];
if (!only || only === "restore") {
  console.log("Restore drill");
  await restoreDrill();
}
if (!only || only === "crash") {
  console.log("Crash drill");
  await crashDrill();
}
console.log("Drills passed.");
