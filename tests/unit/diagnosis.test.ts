import { describe, expect, it } from "vitest";
import { defaultInstrument, diagnose } from "@/lib/diagnosis/engine";
import { applySettled, changedIndicators, compactAnswers, provisionalWith, toScoreInput, type Answers } from "@/lib/diagnosis/answers";
import { CURRENT_INSTRUMENT, findInstrument } from "@/lib/diagnosis/instruments";
import { indicatorCodes } from "@/lib/diagnosis/instrument-index";
import { MAX_FILE_BYTES } from "@/lib/diagnosis/limits";
import { answerIssues, detectEvidenceType, evidenceUploadSchema, saveDraftSchema } from "@/lib/diagnosis/schema";
import { canTransition, DISCARDABLE_STATUSES, EDITABLE_STATUSES, nextStatus, TRANSITIONS } from "@/lib/diagnosis/transitions";
import { approvalFor, compareAnswers, evaluateAnswers, provisionalResult, submissionGaps } from "@/lib/diagnosis/evaluation";

const codes = indicatorCodes(defaultInstrument);
const allAt = (level: 1 | 2 | 3 | 4 | 5) => Object.fromEntries(codes.map((c) => [c, { level }]));

describe("diagnosis schema", () => {
  it("refuses a score of 7 or 2.5 with the levelRange message", () => {
    for (const level of [7, 0, 2.5, "3"]) {
      const parsed = saveDraftSchema.safeParse({ diagnosisId: "d1", version: 1, answers: { DC_TREND: { level } } });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message).toMatch(/^levelRange/);
    }
  });

  it("refuses a level together with not applicable, unknown fields and a bad link", () => {
    expect(
      saveDraftSchema.safeParse({ diagnosisId: "d1", version: 1, answers: { DC_TREND: { level: 3, notApplicable: true } } }).success,
    ).toBe(false);
    expect(saveDraftSchema.safeParse({ diagnosisId: "d1", version: 1, answers: { DC_TREND: { level: 3, score: 100 } } }).success).toBe(
      false,
    );
    expect(
      saveDraftSchema.safeParse({ diagnosisId: "d1", version: 1, answers: { DC_TREND: { link: "javascript:alert(1)" } } }).success,
    ).toBe(false);
    expect(saveDraftSchema.safeParse({ diagnosisId: "../../etc", version: 1, answers: {} }).success).toBe(false);
  });

  it("names indicators that are not in the pinned instrument version; an N/A without reason is a draft's business", () => {
    expect(answerIssues(defaultInstrument, { NOT_AN_INDICATOR: { level: 3 } })).toEqual([
      { indicator: "NOT_AN_INDICATOR", key: "unknownIndicator" },
    ]);
    expect(answerIssues(defaultInstrument, { DC_TREND: { notApplicable: true } })).toEqual([]);
  });

  it("refuses a file of 50 MB, and recognises files by their bytes, not their names", () => {
    const big = evidenceUploadSchema.safeParse({
      diagnosisId: "d1",
      indicatorCode: "DC_TREND",
      file: { name: "x.pdf", size: 50 * 1024 * 1024 },
    });
    expect(big.success).toBe(false);
    expect(big.error!.issues[0]!.message).toMatch(/^fileTooLarge/);
    expect(
      evidenceUploadSchema.safeParse({ diagnosisId: "d1", indicatorCode: "DC_TREND", file: { name: "x.pdf", size: MAX_FILE_BYTES } })
        .success,
    ).toBe(true);
    expect(detectEvidenceType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("application/pdf");
    expect(detectEvidenceType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(detectEvidenceType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(detectEvidenceType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(detectEvidenceType(new TextEncoder().encode("<html><script>"))).toBeNull();
    expect(detectEvidenceType(new TextEncoder().encode("MZ\x90\0"))).toBeNull();
  });
});

describe("transition table", () => {
  it("allows exactly DRAFT -> SUBMITTED -> (RETURNED -> SUBMITTED)* -> APPROVED", () => {
    expect(nextStatus("DRAFT", "SUBMIT")).toBe("SUBMITTED");
    expect(nextStatus("SUBMITTED", "RETURN")).toBe("RETURNED");
    expect(nextStatus("RETURNED", "SUBMIT")).toBe("SUBMITTED");
    expect(nextStatus("SUBMITTED", "APPROVE")).toBe("APPROVED");
    const allowed = Object.entries(TRANSITIONS).flatMap(([from, row]) => Object.keys(row).map((e) => `${from}:${e}`));
    expect(allowed.sort()).toEqual([
      "DRAFT:SAVE",
      "DRAFT:SUBMIT",
      "RETURNED:SAVE",
      "RETURNED:SUBMIT",
      "SUBMITTED:APPROVE",
      "SUBMITTED:RETURN",
    ]);
    expect(canTransition("APPROVED", "RETURN")).toBe(false);
    expect(canTransition("DRAFT", "APPROVE")).toBe(false);
    expect(EDITABLE_STATUSES.sort()).toEqual(["DRAFT", "RETURNED"]);
    expect(DISCARDABLE_STATUSES).toEqual(["DRAFT"]);
  });
});

describe("answers and the engine", () => {
  it("an unfinished N/A line counts as unanswered; order follows the instrument", () => {
    const input = toScoreInput(
      { DC_QUALITY: { level: 2 }, DC_TREND: { notApplicable: true }, FC_GEN_LOCATION: { notApplicable: true, reason: " jauh " } },
      codes,
    );
    expect(input.scores).toEqual([
      { indicator: "FC_GEN_LOCATION", notApplicable: true, reason: "jauh" },
      { indicator: "DC_QUALITY", level: 2 },
    ]);
  });

  it("the provisional result is the evaluation's result, and null where the engine refuses the answers", () => {
    const answers: Answers = { ...allAt(2), DC_TREND: { notApplicable: true }, NOT_AN_INDICATOR: { level: 5 } };
    expect(provisionalResult(defaultInstrument, answers)).toEqual(evaluateAnswers(defaultInstrument, answers).result);
    expect(provisionalWith(diagnose, defaultInstrument, answers)).toEqual(evaluateAnswers(defaultInstrument, answers).result);
    const refusing = () => {
      throw new Error("refused");
    };
    expect(provisionalWith(refusing, defaultInstrument, answers)).toBeNull();
  });

  it("compacts empty fields and finds differing indicators", () => {
    expect(compactAnswers({ DC_TREND: { level: 3, evidence: " ", link: "" }, DC_QUALITY: {} })).toEqual({ DC_TREND: { level: 3 } });
    expect(
      changedIndicators({ DC_TREND: { level: 3 } }, { DC_TREND: { level: 3, evidence: "" }, DC_QUALITY: { level: 1 } }, codes),
    ).toEqual(["DC_QUALITY"]);
  });

  it("the registry pins versions, and an approval is the engine's result with score rows", () => {
    expect(findInstrument(CURRENT_INSTRUMENT.code, CURRENT_INSTRUMENT.version)).toBe(CURRENT_INSTRUMENT);
    expect(findInstrument("SENTRA-DIAG", "1999.1")).toBeUndefined();
    const approval = approvalFor(defaultInstrument, allAt(3))!;
    expect(approval.stage).toBe("ADVANCE");
    expect(approval.growthScore).toBe(50);
    expect(approval.scoreRows.filter((r) => r.indicatorCode === null)).toHaveLength(5);
    expect(approval.scoreRows.filter((r) => r.holdsBack).length).toBeGreaterThan(0);
    expect(approvalFor(defaultInstrument, {})).toBeNull();
    const changes = compareAnswers(defaultInstrument, allAt(2), { ...allAt(2), DC_TREND: { level: 4 } });
    expect(changes.filter((c) => c.from !== c.to)).toEqual([
      { indicator: "DC_TREND", from: 2, to: 4, notApplicableFrom: false, notApplicableTo: false },
    ]);
  });

  it("finds everything that keeps answers from being submitted in one pass: unanswered indicators and missing N/A reasons", () => {
    const gapsOf = (answers: Answers) => submissionGaps(defaultInstrument, answers, evaluateAnswers(defaultInstrument, answers).result);
    // Mid-form: three answered, one N/A without its reason, twenty untouched.
    const midForm: Answers = {
      ...Object.fromEntries(codes.slice(0, 3).map((c) => [c, { level: 3 as const }])),
      DC_TREND: { notApplicable: true },
    };
    const gaps = gapsOf(midForm)!;
    expect(gaps.reasonMissing).toEqual(["DC_TREND"]);
    const unanswered = gaps.groups.flatMap((g) => g.indicators);
    expect(unanswered).toHaveLength(20);
    expect(unanswered).not.toContain("DC_TREND");
    expect(unanswered[0]).toBe(codes[3]);
    expect(gaps.groups.map((g) => g.group)).toEqual(defaultInstrument.groups.map((g) => g.code));
    // Enough answers, but one N/A lacks its reason: refused for that alone.
    expect(gapsOf({ ...allAt(3), FC_GEN_ENVIRONMENT: { notApplicable: true, reason: " " } })).toEqual({
      groups: [],
      reasonMissing: ["FC_GEN_ENVIRONMENT"],
    });
    expect(gapsOf({ ...allAt(3), FC_GEN_ENVIRONMENT: { notApplicable: true, reason: "Belum ada kajian" } })).toBeNull();
  });

  it("settled levels replace the primary's answer, N/A included, and leave the rest", () => {
    const answers: Answers = { DC_TREND: { notApplicable: true, reason: "x", evidence: "catatan" }, DC_QUALITY: { level: 2 } };
    expect(applySettled(answers, { DC_TREND: 4 })).toEqual({ DC_TREND: { level: 4, evidence: "catatan" }, DC_QUALITY: { level: 2 } });
    expect(answers.DC_TREND).toEqual({ notApplicable: true, reason: "x", evidence: "catatan" });
  });
});
