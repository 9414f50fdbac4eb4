import { actionCapacityIndicators } from "./default-action-capacity";
import { factorGeneralIndicators } from "./default-factor-general";
import { factorSpecificIndicators } from "./default-factor-specific";
import { competitionCooperationIndicators, demandIndicators, relatedSupportingIndicators } from "./default-market-linkages";
import { parseInstrument, type Instrument, type InstrumentInput } from "./instrument";

// Version 2026.1 of the diagnosis instrument. The four growth-opportunity groups
// and their 18 indicators are the source's assessment table (source:
// "SOURCE_TABLE"); the action-capacity group is ours (source: "SENTRA"), because
// the source names that dimension without listing indicators. A change to any
// indicator, weight or rule is a new version: stored results name the version
// they were computed with and can be recomputed exactly.

export const defaultInstrumentData = {
  code: "SENTRA-DIAG",
  version: "2026.1",
  name: { id: "Diagnosis Klaster Sentra UKM", en: "SME Sentra Cluster Diagnosis" },
  groups: [
    {
      code: "FACTOR_CONDITIONS",
      name: { id: "Faktor Kondisi", en: "Factor conditions" },
      dimension: "GROWTH_OPPORTUNITY",
      subGroups: [
        { code: "GENERAL", name: { id: "Faktor Umum", en: "General factors" } },
        { code: "SPECIFIC", name: { id: "Faktor Khusus", en: "Specific factors" } },
      ],
      indicators: [...factorGeneralIndicators, ...factorSpecificIndicators],
    },
    {
      code: "DEMAND_CONDITIONS",
      name: { id: "Kondisi Permintaan", en: "Demand conditions" },
      dimension: "GROWTH_OPPORTUNITY",
      indicators: demandIndicators,
    },
    {
      code: "RELATED_SUPPORTING",
      name: { id: "Industri Pendukung / Instansi Terkait", en: "Related and supporting industries and institutions" },
      dimension: "GROWTH_OPPORTUNITY",
      indicators: relatedSupportingIndicators,
    },
    {
      code: "COMPETITION_COOPERATION",
      name: { id: "Strategi Persaingan dan Kerjasama", en: "Competition strategy and cooperation" },
      dimension: "GROWTH_OPPORTUNITY",
      indicators: competitionCooperationIndicators,
    },
    {
      code: "ACTION_CAPACITY",
      name: { id: "Kemampuan Perencanaan dan Tindakan", en: "Action-taking capacity" },
      dimension: "ACTION_CAPACITY",
      indicators: actionCapacityIndicators,
    },
  ],
  // The source gives stages but no thresholds; these are the programme's
  // starting values (see docs/diagnosis-method.md), to be calibrated on field data.
  rules: {
    minAnsweredWeightShare: 0.6,
    survivalBelow: 40,
    matureAtLeast: 70,
    matureMinGroup: 50,
    borderlineWeightDelta: 0.2,
  },
} satisfies InstrumentInput;

export const defaultInstrument: Instrument = parseInstrument(defaultInstrumentData);
