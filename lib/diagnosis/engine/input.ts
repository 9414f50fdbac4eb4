import { z } from "zod";
import type { Level } from "./codes";
import type { CompiledInstrument } from "./compile";
import { EngineError, type EngineErrorCode } from "./errors";
import { fnvDigest, fnvStart, fnvUpdate } from "./hash";

export type ScoreEntry = { indicator: string; level: Level } | { indicator: string; notApplicable: true; reason: string };

export interface ScoreInput {
  scores: readonly ScoreEntry[];
}

const MAX_REASON_LENGTH = 2000;

// One object shape rather than a union, so each problem yields one precise issue;
// the rules that tie fields together run once per input, on the whole array.
// Both choices keep parsing cheap (zod checks cost per item; this runs per cluster).
const scoreLineSchema = z.strictObject({
  indicator: z.string(),
  level: z.literal([1, 2, 3, 4, 5]).optional(),
  notApplicable: z.literal(true).optional(),
  reason: z.string().optional(),
});

/** The one schema for a cluster's scores, shared by forms and the engine. */
export const scoreInputSchema = z.strictObject({
  scores: z.array(scoreLineSchema).superRefine((lines, ctx) => {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const issue = (engineCode: EngineErrorCode, field: string, message: string) =>
        ctx.addIssue({ code: "custom", path: [i, field], message, params: { engineCode } });
      if (line.notApplicable) {
        if (line.level !== undefined) issue("INVALID_INPUT", "level", "a line is either a level or not applicable");
        else if (!line.reason || line.reason.trim() === "") issue("MISSING_REASON", "reason", "not applicable needs a reason");
        else if (line.reason.length > MAX_REASON_LENGTH) issue("INVALID_INPUT", "reason", `reason longer than ${MAX_REASON_LENGTH}`);
      } else if (line.reason !== undefined) {
        issue("INVALID_INPUT", "reason", "a reason belongs only to a not-applicable line");
      } else if (line.level === undefined) {
        issue("INVALID_LEVEL", "level", "a level 1..5 or notApplicable is required");
      }
    }
  }),
});

/** Per indicator, in instrument order. */
export const MISSING = -2;
export const NOT_APPLICABLE = -1;

export interface ParsedInput {
  /** MISSING, NOT_APPLICABLE or the step level-1 (0..4), per indicator index. */
  readonly steps: number[];
  readonly reasons: ReadonlyMap<number, string>;
  readonly hash: string;
}

function toEngineError(error: z.ZodError, raw: unknown): EngineError {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join(".");
  const [, index, field] = issue.path;
  const line = typeof index === "number" ? (raw as { scores: unknown[] }).scores[index] : undefined;
  const named = (line as { indicator?: unknown } | undefined)?.indicator;
  const indicator = typeof named === "string" ? named : undefined;
  const engineCode = (issue as { params?: { engineCode?: EngineErrorCode } }).params?.engineCode;
  const isLevel = field === "level" && !engineCode;
  const code = engineCode ?? (isLevel ? "INVALID_LEVEL" : "INVALID_INPUT");
  const message = isLevel ? `level must be an integer 1..5, got ${describe((line as { level?: unknown }).level)}` : issue.message;
  const where = indicator !== undefined ? `indicator ${indicator}` : `input at ${path || "(root)"}`;
  return new EngineError(code, `${where}: ${message}`, indicator !== undefined ? { indicator, path } : { path });
}

const describe = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * A plain-code pre-check that accepts a subset of what scoreInputSchema accepts
 * (the test suite checks it never accepts more). Zod's per-item checks cost
 * tens of microseconds for a 24-line input, most of the engine's budget, so
 * well-formed input skips them; anything else goes through the schema, which
 * stays the one definition and the source of every error message.
 */
function isWellFormed(raw: unknown): raw is ScoreInput {
  if (!isPlainObject(raw) || !Array.isArray(raw.scores)) return false;
  for (const key in raw) if (key !== "scores") return false;
  for (const line of raw.scores as unknown[]) {
    if (!isPlainObject(line) || typeof line.indicator !== "string") return false;
    for (const key in line) {
      if (key !== "indicator" && key !== "level" && key !== "notApplicable" && key !== "reason") return false;
    }
    const { level, notApplicable, reason } = line;
    if (notApplicable === undefined) {
      if (reason !== undefined || !(level === 1 || level === 2 || level === 3 || level === 4 || level === 5)) return false;
    } else if (
      notApplicable !== true ||
      level !== undefined ||
      typeof reason !== "string" ||
      reason.trim() === "" ||
      reason.length > MAX_REASON_LENGTH
    ) {
      return false;
    }
  }
  return true;
}

/** Validated lines: the input itself when the pre-check passes, else the schema's output. */
export function validLines(raw: unknown): ReadonlyArray<z.output<typeof scoreLineSchema>> {
  if (isWellFormed(raw)) return raw.scores as ReadonlyArray<z.output<typeof scoreLineSchema>>;
  const parsed = scoreInputSchema.safeParse(raw);
  if (!parsed.success) throw toEngineError(parsed.error, raw);
  return parsed.data.scores;
}

/** Shared by every input without an N/A line; typed read-only, so never written. */
const NO_REASONS: ReadonlyMap<number, string> = new Map();

export function parseScoreInput(compiled: CompiledInstrument, raw: unknown): ParsedInput {
  const lines = validLines(raw);
  const steps = new Array<number>(compiled.indicators.length).fill(MISSING);
  // Most inputs have no N/A line: they share one empty map rather than allocating their own.
  let reasons: Map<number, string> | null = null;
  for (const line of lines) {
    const index = compiled.byCode.get(line.indicator);
    if (index === undefined) {
      throw new EngineError(
        "UNKNOWN_INDICATOR",
        `indicator ${line.indicator} is not in instrument ${compiled.instrument.code} ${compiled.instrument.version}`,
        { indicator: line.indicator },
      );
    }
    if (steps[index] !== MISSING) {
      throw new EngineError("DUPLICATE_INDICATOR", `indicator ${line.indicator} is scored more than once`, {
        indicator: line.indicator,
      });
    }
    if (line.notApplicable) {
      steps[index] = NOT_APPLICABLE;
      // Surrounding blanks are not content: trimmed before storing and hashing.
      (reasons ??= new Map()).set(index, line.reason!.trim());
    } else {
      steps[index] = line.level! - 1;
    }
  }
  const found = reasons ?? NO_REASONS;
  return { steps, reasons: found, hash: hashState(compiled, steps, found) };
}

// "CODE=level\n" for every indicator and level, built once per instrument.
const lineCache = new WeakMap<CompiledInstrument, string[][]>();

function levelLines(compiled: CompiledInstrument): string[][] {
  let lines = lineCache.get(compiled);
  if (!lines) {
    lines = compiled.indicators.map((ind) => [1, 2, 3, 4, 5].map((level) => `${ind.code}=${level}\n`));
    lineCache.set(compiled, lines);
  }
  return lines;
}

/**
 * The hash covers a canonical text: answered indicators by code (the compiled
 * instrument keeps that order, a plain code-unit comparison), one "CODE=level"
 * or "CODE=NA:<reason as JSON>" line each, so input line order never matters.
 * It is fed to the hash piece by piece rather than joined first.
 */
export function hashState(compiled: CompiledInstrument, steps: readonly number[], reasons: ReadonlyMap<number, string>): string {
  const lines = levelLines(compiled);
  const state = fnvStart();
  for (const index of compiled.codeOrder) {
    const step = steps[index]!;
    if (step >= 0) fnvUpdate(state, lines[index]![step]!);
    else if (step === NOT_APPLICABLE) {
      fnvUpdate(state, `${compiled.indicators[index]!.code}=NA:${JSON.stringify(reasons.get(index) ?? "")}\n`);
    }
  }
  return `fnv1a64:${fnvDigest(state)}`;
}
