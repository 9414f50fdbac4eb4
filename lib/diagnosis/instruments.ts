import { defaultInstrument, type Group, type Indicator, type Instrument } from "@/lib/diagnosis/engine";

// Every instrument version a stored diagnosis may name. A diagnosis keeps the code
// and version it was started with, so an old diagnosis is always recomputed with
// exactly its own rubric, weights and thresholds. Add new versions here; never
// remove one that a stored diagnosis names.
const REGISTRY: ReadonlyMap<string, Instrument> = new Map([[keyOf(defaultInstrument.code, defaultInstrument.version), defaultInstrument]]);

/** The version new diagnoses are pinned to. */
export const CURRENT_INSTRUMENT: Instrument = defaultInstrument;

function keyOf(code: string, version: string) {
  return `${code}@${version}`;
}

export function findInstrument(code: string, version: string): Instrument | undefined {
  return REGISTRY.get(keyOf(code, version));
}

export function getInstrument(code: string, version: string): Instrument {
  const found = findInstrument(code, version);
  if (!found) throw new Error(`Unknown diagnosis instrument ${code} ${version}`);
  return found;
}

export interface IndicatorInfo {
  indicator: Indicator;
  group: Group;
}

const indexCache = new WeakMap<Instrument, ReadonlyMap<string, IndicatorInfo>>();

/** Indicator code -> its definition and group, in instrument order. */
export function indicatorIndex(instrument: Instrument): ReadonlyMap<string, IndicatorInfo> {
  let index = indexCache.get(instrument);
  if (!index) {
    index = new Map(instrument.groups.flatMap((group) => group.indicators.map((indicator) => [indicator.code, { indicator, group }] as const)));
    indexCache.set(instrument, index);
  }
  return index;
}

export function indicatorCodes(instrument: Instrument): string[] {
  return [...indicatorIndex(instrument).keys()];
}
