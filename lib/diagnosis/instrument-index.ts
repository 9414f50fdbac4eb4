import type { Group, Indicator, Instrument } from "@/lib/diagnosis/engine";

// Lookups over an instrument the caller already holds (from the registry in
// instruments.ts on the server, or as a prop in the browser). Only types come from the
// engine, so a client component that imports these does not ship the instruments, the
// engine or zod.

export interface IndicatorInfo {
  indicator: Indicator;
  group: Group;
}

const indexCache = new WeakMap<Instrument, ReadonlyMap<string, IndicatorInfo>>();

/** Indicator code -> its definition and group, in instrument order. */
export function indicatorIndex(instrument: Instrument): ReadonlyMap<string, IndicatorInfo> {
  let index = indexCache.get(instrument);
  if (!index) {
    index = new Map(
      instrument.groups.flatMap((group) => group.indicators.map((indicator) => [indicator.code, { indicator, group }] as const)),
    );
    indexCache.set(instrument, index);
  }
  return index;
}

export function indicatorCodes(instrument: Instrument): string[] {
  return [...indicatorIndex(instrument).keys()];
}
