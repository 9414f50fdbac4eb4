import {
  diagnose,
  explain,
  recommend,
  whatIf,
  type DiagnosedResult,
  type DiagnosisResult,
  type Explanation,
  type Instrument,
  type Recommendation,
  type WhatIfResult,
} from "@/lib/diagnosis/engine";
import { provisionalWith, scoreInputFor, type Answers } from "@/lib/diagnosis/answers";
import { indicatorCodes } from "@/lib/diagnosis/instrument-index";
import type { Prisma } from "@/lib/generated/prisma/client";

// Everything shown or stored about a diagnosis comes from the engine through
// here: no score or stage is computed anywhere else. Pure (no I/O), so the
// approval verb, the review page and the demo seed share it.

export interface Evaluation {
  result: DiagnosisResult;
  explanation: Explanation;
  plan: WhatIfResult;
}

export function evaluateAnswers(instrument: Instrument, answers: Answers): Evaluation {
  const input = scoreInputFor(instrument, answers);
  const result = diagnose(instrument, input);
  return { result, explanation: explain(instrument, result), plan: whatIf(instrument, input) };
}

/**
 * The form's provisional result for answers as they stand (null where the engine refuses
 * them): what the browser computes on each change, computed on the server for the first
 * render while the engine's chunk loads there.
 */
export function provisionalResult(instrument: Instrument, answers: Answers): DiagnosisResult | null {
  return provisionalWith(diagnose, instrument, answers);
}

/** What keeps answers from being submitted, all of it at once (so the assessor fixes everything in one round). */
export interface SubmissionGaps {
  /**
   * The groups the engine finds short of data, each with its unanswered indicators
   * (an N/A without its reason is listed under `reasonMissing` instead, never twice).
   * A group may list none: too much of it is N/A (`reason`), or only reasons are missing.
   */
  groups: Array<{ group: string; indicators: string[]; reason: string }>;
  /** Indicators marked not applicable without a reason: they count as unanswered until they have one. */
  reasonMissing: string[];
}

/**
 * One pass over everything a submit needs: every N/A carries its reason, and the
 * engine has enough data for a stage (`result` is `evaluateAnswers(...).result` on the
 * same answers). Null when the answers may be submitted.
 */
export function submissionGaps(instrument: Instrument, answers: Answers, result: DiagnosisResult): SubmissionGaps | null {
  const reasonMissing = indicatorCodes(instrument).filter((code) => answers[code]?.notApplicable && !answers[code]?.reason?.trim());
  const listed = new Set(reasonMissing);
  const groups =
    result.status === "INSUFFICIENT_DATA"
      ? result.missing.map((m) => ({ group: m.group, reason: m.reason, indicators: m.indicators.filter((code) => !listed.has(code)) }))
      : [];
  return groups.length > 0 || reasonMissing.length > 0 ? { groups, reasonMissing } : null;
}

/** What an approved diagnosis stores in `Diagnosis.result`. */
export interface StoredResult extends Evaluation {
  result: DiagnosedResult;
  recommendation: Recommendation;
}

interface ScoreRow {
  groupCode: string;
  indicatorCode: string | null;
  score: number | null;
  level: number | null;
  holdsBack: boolean;
}

export interface Approval {
  stored: StoredResult;
  stage: DiagnosedResult["stage"];
  growthScore: number;
  actionScore: number;
  inputHash: string;
  scoreRows: ScoreRow[];
}

/**
 * The approved result of a complete set of answers, or null when the engine
 * finds the data insufficient (no stage is ever given then).
 */
export function approvalFor(instrument: Instrument, answers: Answers): Approval | null {
  const evaluation = evaluateAnswers(instrument, answers);
  const { result } = evaluation;
  if (result.status !== "DIAGNOSED") return null;
  const recommendation = recommend(instrument, result);
  return {
    stored: { ...evaluation, result, recommendation },
    stage: result.stage,
    growthScore: result.dimensions.GROWTH_OPPORTUNITY.score,
    actionScore: result.dimensions.ACTION_CAPACITY.score,
    inputHash: result.inputHash,
    scoreRows: scoreRows(evaluation),
  };
}

/**
 * The columns an approval writes on the diagnosis row: the stage, the two dimension
 * scores, the stored result (plain JSON) and the input hash. The approval itself, the
 * demo seed and the e2e fixtures all write them this way.
 */
export function approvedColumns(approval: Approval) {
  return {
    resultStage: approval.stage,
    growthScore: approval.growthScore,
    actionScore: approval.actionScore,
    result: JSON.parse(JSON.stringify(approval.stored)) as Prisma.InputJsonValue,
    inputHash: approval.inputHash,
  };
}

/**
 * An indicator holds the cluster back when the what-if plan raises it (the
 * cheapest way to the next stage) or, for a mature cluster without a plan, when
 * the explanation lists it among the weakest.
 */
function holdingBack(evaluation: Evaluation): Set<string> {
  const codes = new Set<string>();
  if (evaluation.plan.status === "PLAN") for (const step of evaluation.plan.improvements) codes.add(step.indicator);
  else if (evaluation.explanation.status === "DIAGNOSED") for (const weak of evaluation.explanation.weakest) codes.add(weak.indicator);
  return codes;
}

function scoreRows(evaluation: Evaluation): ScoreRow[] {
  const holds = holdingBack(evaluation);
  const groups: ScoreRow[] = evaluation.result.groups.map((g) => ({
    groupCode: g.group,
    indicatorCode: null,
    score: g.score,
    level: null,
    holdsBack: false,
  }));
  const indicators: ScoreRow[] = evaluation.result.indicators.map((o) => ({
    groupCode: o.group,
    indicatorCode: o.indicator,
    score: o.score,
    level: o.level,
    holdsBack: holds.has(o.indicator),
  }));
  return [...groups, ...indicators];
}

export interface LevelChange {
  indicator: string;
  from: number | null;
  to: number | null;
  notApplicableFrom: boolean;
  notApplicableTo: boolean;
}

/** Indicator-by-indicator levels of two diagnoses (e.g. last year and this year). */
export function compareAnswers(instrument: Instrument, before: Answers, after: Answers): LevelChange[] {
  return indicatorCodes(instrument).map((code) => ({
    indicator: code,
    from: before[code]?.level ?? null,
    to: after[code]?.level ?? null,
    notApplicableFrom: Boolean(before[code]?.notApplicable),
    notApplicableTo: Boolean(after[code]?.notApplicable),
  }));
}
