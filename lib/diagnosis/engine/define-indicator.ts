import type { BdsService, FinancingChannel, IndicatorSource } from "./codes";
import type { InstrumentInput } from "./instrument";

/** [Bahasa Indonesia, English] */
export type Text = readonly [id: string, en: string];

export type IndicatorInput = InstrumentInput["groups"][number]["indicators"][number];

const bilingual = ([id, en]: Text) => ({ id, en });

/** Keeps the default instrument's data readable: one [id, en] pair per text. */
export function defineIndicator(spec: {
  code: string;
  subGroup?: string;
  name: Text;
  description: Text;
  rubric: readonly [Text, Text, Text, Text, Text];
  weight: number;
  source: IndicatorSource;
  bdsServices: BdsService[];
  financingChannels: FinancingChannel[];
}): IndicatorInput {
  return {
    code: spec.code,
    ...(spec.subGroup ? { subGroup: spec.subGroup } : {}),
    name: bilingual(spec.name),
    description: bilingual(spec.description),
    rubric: spec.rubric.map(bilingual),
    weight: spec.weight,
    source: spec.source,
    bdsServices: spec.bdsServices,
    financingChannels: spec.financingChannels,
  };
}
