// Diagnosis-engine benchmark: npx tsx tests/bench/engine.bench.ts
// 10,000 synthetic clusters from a seeded PRNG, so every run scores the same data.
// Prints each figure beside its target with PASS/MISS; exits non-zero only when
// the engine throws or returns something inconsistent, not when a target is missed.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  defaultInstrument,
  diagnose,
  instrument2026_2,
  explain,
  recommend,
  sensitivity,
  stageRank,
  whatIf,
  type DiagnosisResult,
  type Level,
  type ScoreEntry,
  type ScoreInput,
} from "../../lib/diagnosis/engine";
import { prng } from "../../scripts/lib/national/random";

const CLUSTERS = 10_000;
const WARM_UP = 2_000;
const SEED = 20260101;

// The current version (2026.2) unless BENCH_INSTRUMENT=2026.1 asks for the old one.
const instrument = process.env.BENCH_INSTRUMENT === "2026.1" ? defaultInstrument : instrument2026_2;
console.log(`instrument ${instrument.code} ${instrument.version}`);

const codes = instrument.groups.flatMap((g) => g.indicators.map((i) => i.code));

// Clusters are kept compact (one byte per indicator: 0 unanswered, -1 N/A, else
// the level, plus a shuffled line order) and turned into input objects one at a
// time, just before each timed call, as a request handler would have them.
// Building all 10,000 input objects up front would instead time the garbage
// collector copying that whole fresh data set into the old generation.
interface Cluster {
  answers: Int8Array;
  order: Uint8Array;
}

/** A cluster has an overall quality; each indicator scatters around it. 2% N/A, 3% unanswered. */
function generate(count: number, seed: number): Cluster[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const quality = 1 + random() * 4;
    const answers = new Int8Array(codes.length);
    codes.forEach((_, i) => {
      const roll = random();
      if (roll < 0.02) answers[i] = -1;
      else if (roll >= 0.05) answers[i] = Math.min(5, Math.max(1, Math.round(quality + (random() - 0.5) * 2.5)));
    });
    // Input order should not matter; shuffle to make sure nothing relies on it.
    const order = Uint8Array.from(codes.keys());
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return { answers, order };
  });
}

function toInput(cluster: Cluster): ScoreInput {
  const scores: ScoreEntry[] = [];
  for (const i of cluster.order) {
    const answer = cluster.answers[i]!;
    if (answer === -1) scores.push({ indicator: codes[i]!, notApplicable: true, reason: "tidak relevan untuk komoditas ini" });
    else if (answer > 0) scores.push({ indicator: codes[i]!, level: answer as Level });
  }
  return { scores };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const errors: string[] = [];

// Times diagnose + explain only; the input objects are built outside the timed
// calls (as a request handler would have parsed them already).
function scoreAll(inputs: readonly Cluster[]): { results: DiagnosisResult[]; ms: number; cpuMs: number } {
  const results: DiagnosisResult[] = new Array(inputs.length);
  let ms = 0;
  const cpu = process.cpuUsage();
  for (let i = 0; i < inputs.length; i++) {
    const input = toInput(inputs[i]!);
    const t0 = performance.now();
    results[i] = diagnose(instrument, input);
    explain(instrument, results[i]!);
    ms += performance.now() - t0;
  }
  const used = process.cpuUsage(cpu);
  return { results, ms, cpuMs: (used.user + used.system) / 1000 };
}

function run(inputs: readonly Cluster[], report: boolean) {
  // Three full passes; the median is judged, all three are printed.
  // Only timings are kept from earlier passes, so each pass holds one batch of results.
  const passes: Array<{ ms: number; cpuMs: number }> = [];
  let results: DiagnosisResult[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const { results: batch, ms, cpuMs } = scoreAll(inputs);
    passes.push({ ms, cpuMs });
    results = batch;
  }
  const passMs = passes.map((p) => p.ms);
  const scoreMs = [...passMs].sort((a, b) => a - b)[1]!;

  const whatIfMs: number[] = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const input = toInput(inputs[i]!);
    const t0 = performance.now();
    const plan = whatIf(instrument, input);
    whatIfMs[i] = performance.now() - t0;
    const result = results[i]!;
    if (plan.status === "PLAN" && stageRank(plan.resultingStage) <= stageRank(plan.from))
      errors.push(`cluster ${i}: plan does not reach the next stage`);
    if ((plan.status === "INSUFFICIENT_DATA") !== (result.status === "INSUFFICIENT_DATA"))
      errors.push(`cluster ${i}: what-if and diagnosis disagree on sufficiency`);
  }

  const recStart = performance.now();
  for (const result of results) recommend(instrument, result);
  const recommendMs = performance.now() - recStart;

  const senStart = performance.now();
  let borderline = 0;
  for (const result of results) {
    const s = sensitivity(instrument, result);
    if (s.status === "DIAGNOSED" && s.borderline) borderline += 1;
  }
  const sensitivityMs = performance.now() - senStart;

  if (!report) return;
  const sorted = [...whatIfMs].sort((a, b) => a - b);
  const stages = { SURVIVAL: 0, ADVANCE: 0, MATURE: 0, INSUFFICIENT_DATA: 0 };
  for (const r of results) stages[r.stage ?? "INSUFFICIENT_DATA"] += 1;
  const p95 = percentile(sorted, 95);
  console.log(`clusters: ${inputs.length} (seed ${SEED}, after a ${WARM_UP}-cluster warm-up)`);
  console.log(
    `mix: ${Object.entries(stages)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}; borderline ${borderline}`,
  );
  console.log(
    `score + explain, total:  ${fmt(scoreMs).padStart(10)}  (${fmt(scoreMs / inputs.length)}/cluster)  target < 200 ms   ${verdict(scoreMs < 200)}`,
  );
  console.log(`  (median of 3 passes: ${passMs.map(fmt).join(", ")})`);
  // Process CPU time, garbage-collector threads included: a check on the wall
  // clock when other work shares the machine.
  console.log(
    `  (process CPU time of the same passes: ${passes.map((p) => fmt(p.cpuMs)).join(", ")}; load average ${loadavg()[0]!.toFixed(2)})`,
  );
  console.log(`what-if p50:             ${fmt(percentile(sorted, 50)).padStart(10)}`);
  console.log(`what-if p95:             ${fmt(p95).padStart(10)}                      target < 2 ms     ${verdict(p95 < 2)}`);
  console.log(`what-if max:             ${fmt(sorted[sorted.length - 1]!).padStart(10)}`);
  console.log(`recommend, total:        ${fmt(recommendMs).padStart(10)}  (${fmt(recommendMs / inputs.length)}/cluster)`);
  console.log(`sensitivity, total:      ${fmt(sensitivityMs).padStart(10)}  (${fmt(sensitivityMs / inputs.length)}/cluster)`);
}

try {
  run(generate(WARM_UP, SEED + 1), false);
  run(generate(CLUSTERS, SEED), true);
} catch (error) {
  errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}
if (errors.length > 0) {
  console.error(`ERRORS (${errors.length}):\n${errors.slice(0, 20).join("\n")}`);
  process.exit(1);
}
