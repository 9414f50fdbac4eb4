"use client";

import { useMemo, type ReactNode } from "react";
import { toScoreInput, type Answers } from "@/lib/diagnosis/answers";
import type { DiagnosisResult, Instrument } from "@/lib/diagnosis/engine";
import { indicatorCodes } from "@/lib/diagnosis/instrument-index";
import { useEngine } from "@/components/diagnosis/use-engine";

/**
 * The engine's provisional result on the answers as they stand, for what shows it (the
 * score preview, the sticky bar): until the engine's chunk has loaded, the server's
 * result on the answers it sent (null if the answers have changed since). Only this
 * component re-renders when the engine arrives, not the whole form around it.
 */
export function ProvisionalResult({
  instrument,
  answers,
  initialAnswers,
  initialResult,
  children,
}: {
  instrument: Instrument;
  answers: Answers;
  initialAnswers: Answers;
  initialResult: DiagnosisResult | null;
  children: (result: DiagnosisResult | null) => ReactNode;
}) {
  const engine = useEngine();
  const result = useMemo(() => {
    if (!engine) return answers === initialAnswers ? initialResult : null;
    try {
      return engine.diagnose(instrument, toScoreInput(answers, indicatorCodes(instrument)));
    } catch {
      return null;
    }
  }, [engine, instrument, answers, initialAnswers, initialResult]);
  return children(result);
}
