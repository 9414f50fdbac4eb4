import { defaultInstrument, instrument2026_2, type Instrument } from "@/lib/diagnosis/engine";
import { indicatorCodes } from "@/lib/diagnosis/instrument-index";

// Every instrument version a stored diagnosis may name. A diagnosis keeps the code
// and version it was started with, so an old diagnosis is always recomputed with
// exactly its own rubric, weights and thresholds. Add new versions here; never
// remove one that a stored diagnosis names.
const REGISTRY: ReadonlyMap<string, Instrument> = new Map(
  [defaultInstrument, instrument2026_2].map((instrument) => [keyOf(instrument.code, instrument.version), instrument] as const),
);

/** The version new diagnoses are pinned to (2026.2 since issue #13; drafts keep theirs until the assessor switches). */
export const CURRENT_INSTRUMENT: Instrument = instrument2026_2;

/** Whether a draft on (code, version) may switch to the current version with its answers: same code, same indicator codes. */
export function canSwitchToCurrent(code: string, version: string): boolean {
  const from = findInstrument(code, version);
  if (!from || code !== CURRENT_INSTRUMENT.code || version === CURRENT_INSTRUMENT.version) return false;
  const a = indicatorCodes(from);
  const b = indicatorCodes(CURRENT_INSTRUMENT);
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

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
