import type { StageRule } from "@/lib/diagnosis/engine";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const fmt = (n: number) => n.toFixed(1);

/** The engine's deciding rule in words (`t` is the `diagnosis` namespace translator). */
export function describeRule(t: Translate, rule: StageRule, groupName: (code: string) => string): string {
  const dim = (d: { dimension: string; score: number }) => `${t(`dimension.${d.dimension}`)} (${fmt(d.score)})`;
  switch (rule.code) {
    case "SURVIVAL_DIMENSION_BELOW":
      return t("rule.SURVIVAL_DIMENSION_BELOW", { dimensions: rule.params.dimensions.map(dim).join(", "), threshold: rule.params.survivalBelow });
    case "ADVANCE_NOT_MATURE":
      return t("rule.ADVANCE_NOT_MATURE", {
        mature: rule.params.matureAtLeast,
        minGroup: rule.params.matureMinGroup,
        below: [...rule.params.dimensionsBelow.map(dim), ...rule.params.groupsBelow.map((g) => `${groupName(g.group)} (${fmt(g.score)})`)].join(", "),
      });
    case "MATURE_ALL_MET":
      return t("rule.MATURE_ALL_MET", {
        mature: rule.params.matureAtLeast,
        minGroup: rule.params.matureMinGroup,
        weakest: groupName(rule.params.weakestGroup.group),
        score: fmt(rule.params.weakestGroup.score),
      });
  }
}
