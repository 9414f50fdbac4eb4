import type { DiagnosisResult, Instrument, Level, ScoreEntry, ScoreInput } from "@/lib/diagnosis/engine";
import { indicatorCodes } from "@/lib/diagnosis/instrument-index";

/**
 * What an assessor records per indicator, stored in `Diagnosis.answers`. Shared by
 * the browser (live preview) and the server; no I/O.
 */
export interface Answer {
  level?: Level;
  notApplicable?: true;
  /** Why the indicator is not applicable / unknown (required for that choice). */
  reason?: string;
  evidence?: string;
  link?: string;
  /** An EvidenceFile id of the same diagnosis. */
  fileId?: string;
}

export type Answers = Record<string, Answer>;

export type AnswerState = "SCORED" | "NOT_APPLICABLE" | "MISSING";

export function answerState(answer: Answer | undefined): AnswerState {
  if (answer?.level !== undefined) return "SCORED";
  if (answer?.notApplicable && answer.reason && answer.reason.trim() !== "") return "NOT_APPLICABLE";
  return "MISSING";
}

/**
 * The engine's input from a (possibly unfinished) form: a line that is not yet
 * complete (N/A without a reason) counts as unanswered, in instrument order so
 * the hash does not depend on how the JSON object was built.
 */
export function toScoreInput(answers: Answers, order?: readonly string[]): ScoreInput {
  const scores: ScoreEntry[] = [];
  for (const code of order ?? Object.keys(answers)) {
    const answer = answers[code];
    const state = answerState(answer);
    if (state === "SCORED") scores.push({ indicator: code, level: answer!.level! });
    else if (state === "NOT_APPLICABLE") scores.push({ indicator: code, notApplicable: true, reason: answer!.reason!.trim() });
  }
  return { scores };
}

/** The engine's input for answers to `instrument`, in the instrument's order. */
export function scoreInputFor(instrument: Instrument, answers: Answers): ScoreInput {
  return toScoreInput(answers, indicatorCodes(instrument));
}

/**
 * The engine's result on answers as they stand, or null where it refuses them. It takes
 * the engine's `diagnose` as an argument: the server passes its own, the browser the one
 * it loads lazily (components/diagnosis/use-engine.ts), so this module stays engine-free.
 */
export function provisionalWith(
  diagnose: (instrument: Instrument, input: ScoreInput) => DiagnosisResult,
  instrument: Instrument,
  answers: Answers,
): DiagnosisResult | null {
  try {
    return diagnose(instrument, scoreInputFor(instrument, answers));
  } catch {
    return null;
  }
}

function same(a: Answer | undefined, b: Answer | undefined): boolean {
  const norm = (x: Answer | undefined) => ({
    level: x?.level ?? null,
    notApplicable: x?.notApplicable ?? false,
    reason: x?.reason?.trim() || null,
    evidence: x?.evidence?.trim() || null,
    link: x?.link?.trim() || null,
    fileId: x?.fileId ?? null,
  });
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/** Indicator codes whose answers differ (any field), in `order`. */
export function changedIndicators(a: Answers, b: Answers, order: readonly string[]): string[] {
  return order.filter((code) => !same(a[code], b[code]));
}

/**
 * The answers with the levels a reviewer settled where two assessors differ: a
 * settled indicator gets that level (and loses an N/A and its reason). The approval
 * uses these, and the review page's confirmation shows the stage they give.
 */
export function applySettled(answers: Answers, settled: Record<string, number>): Answers {
  const out: Answers = { ...answers };
  for (const [code, level] of Object.entries(settled)) {
    const { notApplicable: _na, reason: _reason, ...rest } = answers[code] ?? {};
    out[code] = { ...rest, level: level as Level };
  }
  return out;
}

/** Drops empty fields and empty lines, so stored answers stay small and comparable. */
export function compactAnswers(answers: Answers): Answers {
  const out: Answers = {};
  for (const [code, answer] of Object.entries(answers)) {
    const line: Answer = {};
    if (answer.level !== undefined) line.level = answer.level;
    if (answer.notApplicable) line.notApplicable = true;
    if (answer.reason?.trim()) line.reason = answer.reason;
    if (answer.evidence?.trim()) line.evidence = answer.evidence;
    if (answer.link?.trim()) line.link = answer.link.trim();
    if (answer.fileId) line.fileId = answer.fileId;
    if (Object.keys(line).length > 0) out[code] = line;
  }
  return out;
}
