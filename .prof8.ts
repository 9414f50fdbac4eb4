import { performance } from "node:perf_hooks";
import { defaultInstrument, diagnose, explain } from "./lib/diagnosis/engine";
import { compileInstrument } from "./lib/diagnosis/engine/compile";
import { parseScoreInput, validLines, hashState } from "./lib/diagnosis/engine/input";
import { buildResult } from "./lib/diagnosis/engine/score";
import { evaluate } from "./lib/diagnosis/engine/evaluate";
const codes = defaultInstrument.groups.flatMap((g) => g.indicators.map((i) => i.code));
const inputs = Array.from({ length: 5000 }, (_, k) => ({ scores: codes.map((c, i) => ({ indicator: c, level: (((i * 7 + k) % 5) + 1) as 1 })) }));
function time(label: string, f: (i: number) => unknown) {
  let last = 0;
  for (let r = 0; r < 6; r++) { const t = performance.now(); for (let i = 0; i < inputs.length; i++) f(i); last = performance.now() - t; }
  console.log(label.padEnd(20), (last / inputs.length * 1000).toFixed(2), "µs");
}
const c = compileInstrument(defaultInstrument);
for (let k = 0; k < 3; k++) { for (const x of inputs) explain(defaultInstrument, diagnose(defaultInstrument, x)); }
time("validLines", (i) => validLines(inputs[i]));
time("steps only", (i) => { const steps = new Array<number>(24).fill(-2); for (const line of inputs[i]!.scores) { const idx = c.byCode.get(line.indicator)!; steps[idx] = line.level - 1; } return steps; });
time("parseScoreInput", (i) => parseScoreInput(c, inputs[i]));
const parsed = inputs.map((x) => parseScoreInput(c, x));
time("hashState", (i) => hashState(c, parsed[i]!.steps, parsed[i]!.reasons));
time("evaluate", (i) => evaluate(c, parsed[i]!.steps, c.baseWeights));
time("buildResult", (i) => buildResult(c, parsed[i]!.steps, parsed[i]!.reasons, "x"));
time("diagnose", (i) => diagnose(defaultInstrument, inputs[i]!));
const results = inputs.map((x) => diagnose(defaultInstrument, x));
time("explain", (i) => explain(defaultInstrument, results[i]!));
time("both", (i) => explain(defaultInstrument, diagnose(defaultInstrument, inputs[i]!)));
