/**
 * How approved 2026.1 diagnoses' stages move under 2026.2 (issue #13's calibration
 * table). Reads every approved SENTRA-DIAG 2026.1 diagnosis (its answers, or for the
 * synthetic national set, which stores no answers, its indicator levels in
 * diagnosis_score), scores it with both versions and prints a from x to table.
 * Nothing is written.
 *
 *   npx tsx scripts/rescore-2026-2.ts            # the embedded dev database (.data/pg)
 *   DATABASE_URL=postgresql://… npx tsx scripts/rescore-2026-2.ts
 */
import "dotenv/config";
import pg from "pg";
import { defaultInstrument, diagnose, instrument2026_2, type DiagnosisResult, type ScoreEntry } from "../lib/diagnosis/engine";
import { toScoreInput, type Answers } from "../lib/diagnosis/answers";
import { openDevDatabase, type DevDatabase } from "./lib/dev-database";

const BATCH = 5000;
const OUTCOMES = ["SURVIVAL", "ADVANCE", "MATURE", "INSUFFICIENT_DATA"] as const;
type Outcome = (typeof OUTCOMES)[number];
const outcome = (r: DiagnosisResult): Outcome => r.stage ?? "INSUFFICIENT_DATA";
const codes = defaultInstrument.groups.flatMap((g) => g.indicators.map((i) => i.code));

function inputOf(answers: Answers, levels: Record<string, number>) {
  if (Object.keys(answers).length > 0) return toScoreInput(answers, codes);
  const scores: ScoreEntry[] = [];
  for (const code of codes) {
    const level = levels[code];
    if (level !== undefined && level >= 1 && level <= 5) scores.push({ indicator: code, level: level as 1 | 2 | 3 | 4 | 5 });
  }
  return { scores };
}

let database: DevDatabase | undefined;
try {
  database = await openDevDatabase({});
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const table = new Map<string, number>();
  let total = 0;
  let storedDiffers = 0;
  let after = "";
  const started = performance.now();
  for (;;) {
    const { rows } = await client.query<{ id: string; answers: Answers; stage: string | null; levels: Record<string, number> }>(
      `SELECT d.id, d.answers, d."resultStage"::text AS stage,
              coalesce(json_object_agg(s."indicatorCode", s.level) FILTER (WHERE s."indicatorCode" IS NOT NULL), '{}') AS levels
         FROM diagnosis d LEFT JOIN diagnosis_score s ON s."diagnosisId" = d.id
        WHERE d.status = 'APPROVED' AND d."instrumentCode" = 'SENTRA-DIAG' AND d."instrumentVersion" = '2026.1' AND d.id > $1
        GROUP BY d.id ORDER BY d.id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      const input = inputOf(row.answers ?? {}, row.levels);
      const from = outcome(diagnose(defaultInstrument, input));
      const to = outcome(diagnose(instrument2026_2, input));
      if (row.stage !== null && row.stage !== from) storedDiffers += 1;
      table.set(`${from}>${to}`, (table.get(`${from}>${to}`) ?? 0) + 1);
      total += 1;
    }
    after = rows[rows.length - 1]!.id;
  }
  await client.end();
  const pct = (n: number) => (total === 0 ? "0.0" : ((100 * n) / total).toFixed(1));
  console.log(`Approved SENTRA-DIAG 2026.1 diagnoses: ${total} (scored in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (storedDiffers > 0)
    console.log(
      `(${storedDiffers} stored stages differ from their levels' 2026.1 stage: synthetic rows; the table uses the recomputed stage)`,
    );
  console.log("");
  console.log(`| 2026.1 \\ 2026.2 | ${OUTCOMES.join(" | ")} | total |`);
  console.log(`| --- | ${OUTCOMES.map(() => "---:").join(" | ")} | ---: |`);
  for (const from of OUTCOMES) {
    const cells = OUTCOMES.map((to) => table.get(`${from}>${to}`) ?? 0);
    const sum = cells.reduce((a, b) => a + b, 0);
    console.log(`| ${from} | ${cells.map((n) => `${n} (${pct(n)}%)`).join(" | ")} | ${sum} |`);
  }
} catch (err) {
  console.error(`[rescore] ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await database?.stop().catch(() => {});
}
