import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeRule } from "@/components/diagnosis/rule-text";
import { diagnose, instrument2026_2, instrument2026_2Data, parseInstrument } from "@/lib/diagnosis/engine";
import { inputOf } from "@/lib/diagnosis/engine/test-fixtures";
import { en, id } from "@/lib/i18n/messages";

// Texts that name a threshold take it from the instrument's rule (issue #13: the
// ADVANCE text said "40" in both languages whatever the version's survival threshold).
describe.each([
  ["en", en],
  ["id", id],
] as const)("rule text (%s)", (locale, messages) => {
  const t = createTranslator({ locale, messages, namespace: "diagnosis" }) as unknown as (
    k: string,
    v?: Record<string, string | number>,
  ) => string;
  const tm = createTranslator({ locale, messages, namespace: "method" }) as unknown as (
    k: string,
    v?: Record<string, string | number>,
  ) => string;
  const name = (code: string) => `«${code}»`;

  it("ADVANCE names the rule's own survival threshold, not 40", () => {
    const instrument = parseInstrument({
      ...instrument2026_2Data,
      version: "TEST",
      rules: { ...instrument2026_2Data.rules, survivalBelow: 35 },
    });
    const result = diagnose(instrument, inputOf(instrument, {}, 3));
    if (result.status !== "DIAGNOSED") throw new Error("expected a stage");
    const text = describeRule(t, result.rule, name, {
      survivalBelow: instrument.rules.survivalBelow,
      indicatorName: name,
      tm,
      locale: "id",
    });
    expect(text).toContain("35");
    expect(text).not.toContain("40");
  });

  it("a critical weakness is named with its level and the minimum", () => {
    const result = diagnose(instrument2026_2, inputOf(instrument2026_2, { AC_TECHNOLOGY: 1 }, 5));
    if (result.status !== "DIAGNOSED") throw new Error("expected a stage");
    const text = describeRule(t, result.rule, name, { survivalBelow: 40, indicatorName: name, tm, locale: "id" });
    expect(text).toContain("«AC_TECHNOLOGY»");
    expect(text).toMatch(/1.*3/);
  });
});
