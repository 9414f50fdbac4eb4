/** Every chart of the dashboard (its download endpoint is /api/dashboard/<id>). */
export const CHART_IDS = [
  "stages",
  "stages-province",
  "stages-commodity",
  "map",
  "factors",
  "holds-back",
  "holds-back-province",
  "movement",
  "time-to-move",
  "pipeline",
  "pipeline-consultant",
  "pipeline-provider",
  "services",
  "money-channel",
  "money-province",
  "support-effect",
  "agenda-province",
  "outcome-growth",
] as const;
export type ChartIdName = (typeof CHART_IDS)[number];
