/**
 * npm run deps:outdated — the project's direct dependencies that have a newer release
 * on the registry: installed, wanted (newest within the range in package.json) and
 * latest, with a note when latest is a new major (read its changelog first).
 * `npm audit` is refused by some registries (405 on the advisories endpoint): this
 * asks only for package versions, through npm's own `npm outdated`. Exit code 0
 * whether or not something is outdated; 2 when the registry cannot be asked.
 */
import { spawnSync } from "node:child_process";

interface Outdated {
  current?: string;
  wanted: string;
  latest: string;
  type?: string;
}

const res = spawnSync("npm", ["outdated", "--json", "--long"], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
let report: Record<string, Outdated>;
try {
  report = JSON.parse(res.stdout || "{}") as Record<string, Outdated>;
} catch {
  console.error(`npm outdated gave no readable answer:\n${res.stderr}`);
  process.exit(2);
}
if ("error" in report) {
  console.error(`npm outdated failed: ${JSON.stringify(report.error)}`);
  process.exit(2);
}

const major = (v: string | undefined) => Number.parseInt((v ?? "0").split(".")[0] ?? "0", 10);
const rows = Object.entries(report)
  .map(([name, o]) => ({
    name,
    type: o.type === "devDependencies" ? "dev" : "prod",
    current: o.current ?? "(missing)",
    wanted: o.wanted,
    latest: o.latest,
    note: major(o.latest) > major(o.current ?? o.wanted) ? "new major" : o.current !== o.wanted ? "update within range" : "",
  }))
  .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));

if (!rows.length) {
  console.log("All direct dependencies are at their newest release.");
  process.exit(0);
}
const header = { name: "package", type: "type", current: "installed", wanted: "wanted", latest: "latest", note: "note" };
const cols = Object.keys(header) as Array<keyof typeof header>;
const width = Object.fromEntries(cols.map((c) => [c, Math.max(header[c].length, ...rows.map((r) => r[c].length))])) as Record<
  keyof typeof header,
  number
>;
const line = (r: Record<keyof typeof header, string>) =>
  cols
    .map((c) => r[c].padEnd(width[c]))
    .join("  ")
    .trimEnd();
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
  `\n${rows.length} outdated. Within range: \`npm update <name>\`; a new major: read its changelog, then \`npm install <name>@<latest>\` and run the tests.`,
);
