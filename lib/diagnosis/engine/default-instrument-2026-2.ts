import { defaultInstrumentData } from "./default-instrument";
import type { IndicatorInput } from "./define-indicator";
import { parseInstrument, type Instrument, type InstrumentInput } from "./instrument";

// Version 2026.2: the same 24 indicators, rubrics and weights as 2026.1, with a
// stage rule that cannot be gamed and advice on one scale (docs/diagnosis-method.md,
// "Version 2026.2"). 2026.1 stays registered unchanged for the results computed with it.
//
// - FC_GEN_LOCATION is a fixed condition: no programme moves a cluster, so the
//   what-if and the recommendations never propose raising it, and a remote
//   location does not by itself keep a cluster from MATURE.
// - MATURE also needs no critical weakness: no actionable indicator at level 1,
//   and demand trend, joint action and technology at least at level 3 (the source
//   ties the stages to "kesiapan dan kemajuan teknologi", and a falling market or
//   members who do not act together cannot carry a mature cluster).
// - N/A is bounded: each group needs two thirds of its whole weight answered with a level.
// - Recommendation gaps are on the overall 0-100 scale, services normalised by coverage.

const FIXED_CONDITIONS: ReadonlySet<string> = new Set(["FC_GEN_LOCATION"]);

/** Indicator code -> the level it must reach for MATURE, above the general minimum of 2. */
const MATURE_MIN_LEVELS_2026_2: Readonly<Record<string, 3>> = {
  DC_TREND: 3,
  CC_JOINT_ACTION: 3,
  AC_TECHNOLOGY: 3,
};

function adapt(indicator: IndicatorInput): IndicatorInput {
  const minLevel = MATURE_MIN_LEVELS_2026_2[indicator.code];
  return {
    ...indicator,
    ...(FIXED_CONDITIONS.has(indicator.code) ? { actionable: false } : {}),
    ...(minLevel ? { matureMinLevel: minLevel } : {}),
  };
}

export const instrument2026_2Data = {
  ...defaultInstrumentData,
  version: "2026.2",
  groups: defaultInstrumentData.groups.map((group) => ({ ...group, indicators: group.indicators.map(adapt) })),
  rules: {
    ...defaultInstrumentData.rules,
    minScoredWeight: { numerator: 2, denominator: 3 },
    matureMinLevel: 2,
    recommendationScale: "OVERALL",
  },
} satisfies InstrumentInput;

export const instrument2026_2: Instrument = parseInstrument(instrument2026_2Data);
