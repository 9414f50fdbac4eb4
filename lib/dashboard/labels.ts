import { defaultInstrument, type Instrument } from "@/lib/diagnosis/engine";
import type { AppLocale } from "@/lib/i18n/config";

// Group and indicator names come from the instrument itself (bilingual), so a new
// instrument version brings its own labels; an unknown code shows as the code.
const INSTRUMENTS: readonly Instrument[] = [defaultInstrument];

const groupNames = new Map<string, { id: string; en: string }>();
const indicatorNames = new Map<string, { id: string; en: string }>();
for (const instrument of INSTRUMENTS) {
  for (const group of instrument.groups) {
    groupNames.set(group.code, group.name);
    for (const indicator of group.indicators) indicatorNames.set(indicator.code, indicator.name);
  }
}

/** Group codes in instrument order (the radar's axes). */
export const GROUP_ORDER: readonly string[] = defaultInstrument.groups.map((g) => g.code);

export function groupLabel(code: string, locale: AppLocale): string {
  return groupNames.get(code)?.[locale] ?? code;
}

export function indicatorLabel(code: string, locale: AppLocale): string {
  return indicatorNames.get(code)?.[locale] ?? code;
}
