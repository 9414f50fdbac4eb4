/**
 * The database floor of a page: the exact statements one request of it sent
 * (captured in the server by sql-capture.ts), replayed one after another over a
 * single `pg` connection, as fast as the database answers them.
 */
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import pg from "pg";
import { summarize, type Summary } from "./stats";

export interface Statement {
  text: string;
  values: unknown[];
}

function revive(_key: string, value: unknown) {
  if (value && typeof value === "object" && "$bytes" in value) return Buffer.from(String((value as { $bytes: string }).$bytes), "base64");
  return value;
}

/** Runs `request` with capture on; returns the statements it caused. */
export async function captureStatements(captureFile: string, request: () => Promise<void>): Promise<Statement[]> {
  await fs.rm(captureFile, { force: true });
  await fs.writeFile(`${captureFile}.on`, "");
  try {
    await request();
  } finally {
    await fs.rm(`${captureFile}.on`, { force: true });
  }
  if (!existsSync(captureFile)) return [];
  const lines = (await fs.readFile(captureFile, "utf8")).split("\n").filter(Boolean);
  await fs.rm(captureFile, { force: true });
  // The job queue's own polling (pg-boss, schema pgboss) is not part of any page.
  return lines.map((l) => JSON.parse(l, revive) as Statement).filter((st) => !/\bpgboss\./.test(st.text));
}

/** Only reads are replayed (a page request is not expected to write anything). */
export const isRead = (s: Statement) => /^\s*SELECT/i.test(s.text);

/** Replays the reads of `statements` in order, repeatedly for about `seconds`; one sample per full replay. */
export async function replay(url: string, all: Statement[], seconds: number): Promise<Summary> {
  const statements = all.filter(isRead);
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const run = async () => {
      for (const s of statements) await client.query(s.text, s.values);
    };
    for (let i = 0; i < 5; i++) await run(); // warm: plans, buffers
    const samples: number[] = [];
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end || samples.length < 20) {
      const t = performance.now();
      await run();
      samples.push(performance.now() - t);
    }
    return summarize(samples);
  } finally {
    await client.end();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement, for reading where the time goes. */
export async function explain(url: string, statements: Statement[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const plans: string[] = [];
    for (const s of statements) {
      if (!isRead(s)) continue;
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
      plans.push(`${s.text}\n  -- ${JSON.stringify(s.values)}\n${rows.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}`);
    }
    return plans;
  } finally {
    await client.end();
  }
}
