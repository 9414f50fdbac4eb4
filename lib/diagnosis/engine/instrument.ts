import { z } from "zod";
import { BDS_SERVICES, DIMENSIONS, FINANCING_CHANNELS, INDICATOR_SOURCES } from "./codes";
import { EngineError } from "./errors";

// Weights and thresholds are decimals with a fixed number of places so the engine
// can turn them into integers and compare thresholds exactly (see compile.ts).
export const WEIGHT_DECIMALS = 3;
export const RULE_DECIMALS = 2;
const MAX_WEIGHT = 100;
const MAX_INDICATORS = 200;
/** Below this an indicator weighs nothing in practice (and 1e-12 rounds to zero units). */
const MIN_WEIGHT = 0.01;

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

const codeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, "codes are UPPER_SNAKE_CASE, at most 64 characters");

// Instrument codes may also use hyphens ("SENTRA-DIAG").
const instrumentCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_-]{0,63}$/, "instrument codes are upper case, at most 64 characters");

const bilingualSchema = z.strictObject({
  id: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
function uniqueList<T extends string>(values: readonly [T, ...T[]]) {
  return z.array(z.enum(values)).refine((list) => new Set(list).size === list.length, "entries must not repeat");
}

const indicatorSchema = z.strictObject({
  code: codeSchema,
  subGroup: codeSchema.optional(),
  name: bilingualSchema,
  description: bilingualSchema.optional(),
  // Level 1..5 in order; exactly five so every level maps to (L-1)/4*100.
  rubric: z.array(bilingualSchema).length(5, "a rubric has exactly 5 levels"),
  weight: z
    .number()
    .min(MIN_WEIGHT, `weights must be at least ${MIN_WEIGHT}`)
    .max(MAX_WEIGHT)
    .refine((w) => hasAtMostDecimals(w, WEIGHT_DECIMALS), `weights have at most ${WEIGHT_DECIMALS} decimals`),
  source: z.enum(INDICATOR_SOURCES),
  bdsServices: uniqueList(BDS_SERVICES),
  financingChannels: uniqueList(FINANCING_CHANNELS),
  // false for a fixed condition (geographic location): no programme moves it,
  // so what-if and recommendations never propose raising it, and it is exempt
  // from the critical-weakness rule. Absent means actionable (2026.1).
  actionable: z.boolean().optional(),
  // The level this indicator must reach (answered with a level) for MATURE,
  // above the rule's general minimum; only on actionable indicators.
  matureMinLevel: z.literal([2, 3, 4, 5]).optional(),
});

const groupSchema = z.strictObject({
  code: codeSchema,
  name: bilingualSchema,
  dimension: z.enum(DIMENSIONS),
  subGroups: z
    .array(z.strictObject({ code: codeSchema, name: bilingualSchema }))
    .min(1)
    .optional(),
  indicators: z.array(indicatorSchema).min(1, "a group needs at least one indicator"),
});

const threshold = (fallback: number) =>
  z
    .number()
    .min(0)
    .max(100)
    .refine((v) => hasAtMostDecimals(v, RULE_DECIMALS), `thresholds have at most ${RULE_DECIMALS} decimals`)
    .default(fallback);

const rulesSchema = z
  .strictObject({
    minAnsweredWeightShare: z
      .number()
      .gt(0)
      .max(1)
      .refine((v) => hasAtMostDecimals(v, RULE_DECIMALS), `shares have at most ${RULE_DECIMALS} decimals`)
      .default(0.6),
    survivalBelow: threshold(40),
    matureAtLeast: threshold(70),
    matureMinGroup: threshold(50),
    borderlineWeightDelta: z
      .number()
      .gt(0)
      .lt(1)
      .refine((v) => hasAtMostDecimals(v, RULE_DECIMALS), `the delta has at most ${RULE_DECIMALS} decimals`)
      .default(0.2),
    // 2026.2: each group needs at least this fraction of its whole weight (N/A
    // included in the base) answered with a level, so N/A cannot replace answers.
    // A fraction, not a decimal, so two thirds is exact. Absent: no bound (2026.1).
    minScoredWeight: z
      .strictObject({
        numerator: z.number().int().min(1).max(100),
        denominator: z.number().int().min(1).max(100),
      })
      .refine((f) => f.numerator <= f.denominator, "the scored-weight fraction must be at most 1")
      .optional(),
    // 2026.2: for MATURE no actionable indicator may be below this level (2 means
    // "no indicator at level 1"). Absent: 1, no such rule (2026.1).
    matureMinLevel: z.literal([1, 2, 3, 4, 5]).optional(),
    // 2026.2: recommendation gaps on one 0-100 scale across both dimensions and a
    // service's score normalised by the indicators it covers. Absent: per dimension (2026.1).
    recommendationScale: z.enum(["PER_DIMENSION", "OVERALL"]).optional(),
  })
  .superRefine((r, ctx) => {
    // Checked together, each with its own message, so a wrong set of values names every problem.
    if (r.survivalBelow <= 0) {
      ctx.addIssue({ code: "custom", path: ["survivalBelow"], message: "survivalBelow must be above 0, or no cluster is in SURVIVAL" });
    }
    if (r.survivalBelow >= r.matureAtLeast) {
      ctx.addIssue({
        code: "custom",
        path: ["matureAtLeast"],
        message: `survivalBelow (${r.survivalBelow}) must be below matureAtLeast (${r.matureAtLeast}), or no cluster is in ADVANCE`,
      });
    }
  });
const instrumentSchema = z
  .strictObject({
    code: instrumentCodeSchema,
    version: z.string().trim().min(1).max(32),
    name: bilingualSchema,
    groups: z.array(groupSchema).min(1),
    rules: rulesSchema.default({
      minAnsweredWeightShare: 0.6,
      survivalBelow: 40,
      matureAtLeast: 70,
      matureMinGroup: 50,
      borderlineWeightDelta: 0.2,
    }),
  })
  .superRefine((instrument, ctx) => {
    const groupCodes = new Set<string>();
    const indicatorCodes = new Set<string>();
    let indicatorCount = 0;
    instrument.groups.forEach((group, g) => {
      if (groupCodes.has(group.code)) {
        ctx.addIssue({ code: "custom", path: ["groups", g, "code"], message: `duplicate group code ${group.code}` });
      }
      groupCodes.add(group.code);
      const subCodes = new Set<string>();
      group.subGroups?.forEach((sub, s) => {
        if (subCodes.has(sub.code)) {
          ctx.addIssue({
            code: "custom",
            path: ["groups", g, "subGroups", s, "code"],
            message: `duplicate sub-group code ${sub.code} in group ${group.code}`,
          });
        }
        subCodes.add(sub.code);
      });
      group.indicators.forEach((indicator, i) => {
        indicatorCount += 1;
        const path = ["groups", g, "indicators", i];
        if (indicatorCodes.has(indicator.code)) {
          ctx.addIssue({ code: "custom", path: [...path, "code"], message: `duplicate indicator code ${indicator.code}` });
        }
        indicatorCodes.add(indicator.code);
        // Either every indicator of a group names one of its sub-groups, or none does.
        if (group.subGroups && (!indicator.subGroup || !subCodes.has(indicator.subGroup))) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "subGroup"],
            message: `indicator ${indicator.code} must name a sub-group of ${group.code}`,
          });
        }
        if (!group.subGroups && indicator.subGroup) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "subGroup"],
            message: `group ${group.code} has no sub-groups, but ${indicator.code} names one`,
          });
        }
      });
    });
    for (const dimension of DIMENSIONS) {
      if (!instrument.groups.some((g) => g.dimension === dimension)) {
        ctx.addIssue({ code: "custom", path: ["groups"], message: `no group on dimension ${dimension}` });
      }
    }
    instrument.groups.forEach((group, g) =>
      group.indicators.forEach((indicator, i) => {
        if (indicator.matureMinLevel !== undefined && indicator.actionable === false) {
          ctx.addIssue({
            code: "custom",
            path: ["groups", g, "indicators", i, "matureMinLevel"],
            message: `${indicator.code} is a fixed condition and cannot carry a mature minimum level`,
          });
        }
      }),
    );
    if (indicatorCount > MAX_INDICATORS) {
      ctx.addIssue({ code: "custom", path: ["groups"], message: `more than ${MAX_INDICATORS} indicators` });
    }
  });

/** What an instrument looks like as stored or authored (rules may be left to defaults). */
export type InstrumentInput = z.input<typeof instrumentSchema>;
export type Instrument = z.output<typeof instrumentSchema>;
export type Group = Instrument["groups"][number];
export type Indicator = Group["indicators"][number];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates an instrument version and returns it frozen: results are computed
 * from it and cached by identity, so it must not change afterwards.
 */
export function parseInstrument(data: unknown): Instrument {
  if (data === undefined || data === null) {
    throw new EngineError("INVALID_INSTRUMENT", "instrument is missing");
  }
  const parsed = instrumentSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    }));
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    throw new EngineError("INVALID_INSTRUMENT", `invalid instrument at ${first.path || "(root)"}: ${first.message}${more}`, {
      path: first.path,
      issues,
    });
  }
  return deepFreeze(parsed.data);
}
