import type { CriticalWeakness, StageRule } from "@/lib/diagnosis/engine";
import type { AppLocale } from "@/lib/i18n/config";
import { formatScore } from "@/lib/i18n/format";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface RuleContext {
  /** The instrument's own survival threshold: texts never hard-code it. */
  survivalBelow: number;
  indicatorName: (code: string) => string;
  /** The `method` namespace translator (critical weaknesses, 2026.2). */
  tm: Translate;
  locale: AppLocale;
}

/** Critical weaknesses in words, e.g. "Technology (level 1; needs at least 3)". */
function describeCritical(tm: Translate, list: readonly CriticalWeakness[], indicatorName: (code: string) => string): string {
  return list
    .map((w) =>
      w.level === null
        ? tm("criticalItemNoLevel", { indicator: indicatorName(w.indicator), min: w.minLevel })
        : tm("criticalItem", { indicator: indicatorName(w.indicator), level: w.level, min: w.minLevel }),
    )
    .join(", ");
}

/** The engine's deciding rule in words (`t` is the `diagnosis` namespace translator). */
export function describeRule(t: Translate, rule: StageRule, groupName: (code: string) => string, context: RuleContext): string {
  const fmt = (n: number) => formatScore(n, context.locale);
  const dim = (d: { dimension: string; score: number }) => `${t(`dimension.${d.dimension}`)} (${fmt(d.score)})`;
  switch (rule.code) {
    case "SURVIVAL_DIMENSION_BELOW":
      return t("rule.SURVIVAL_DIMENSION_BELOW", {
        dimensions: rule.params.dimensions.map(dim).join(", "),
        threshold: rule.params.survivalBelow,
      });
    case "ADVANCE_NOT_MATURE": {
      const below = [
        ...rule.params.dimensionsBelow.map(dim),
        ...rule.params.groupsBelow.map((g) => `${groupName(g.group)} (${fmt(g.score)})`),
      ];
      const critical = rule.params.criticalWeaknesses ?? [];
      const text = t("rule.ADVANCE_NOT_MATURE", {
        survival: context.survivalBelow,
        mature: rule.params.matureAtLeast,
        minGroup: rule.params.matureMinGroup,
        below: below.length > 0 ? below.join(", ") : "—",
      });
      return critical.length > 0
        ? `${text} ${context.tm("critical", { list: describeCritical(context.tm, critical, context.indicatorName) })}`
        : text;
    }
    case "MATURE_ALL_MET":
      return t("rule.MATURE_ALL_MET", {
        mature: rule.params.matureAtLeast,
        minGroup: rule.params.matureMinGroup,
        weakest: groupName(rule.params.weakestGroup.group),
        score: fmt(rule.params.weakestGroup.score),
      });
  }
}
