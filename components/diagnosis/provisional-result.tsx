"use client";

import { useMemo, type ReactNode } from "react";
import { provisionalWith, type Answers } from "@/lib/diagnosis/answers";
import type { DiagnosisResult, Instrument } from "@/lib/diagnosis/engine";
import { useEngine } from "@/components/diagnosis/use-engine";

// The last result per instrument, keyed by the answers object it was computed from: the
// form shows the result twice (the preview and the sticky bar) from the same answers
// object, so the engine runs once per change, not once per place that shows it.
const lastResult = new WeakMap<Instrument, { answers: Answers; result: DiagnosisResult | null }>();

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
    const last = lastResult.get(instrument);
    if (last?.answers === answers) return last.result;
    const computed = provisionalWith(engine.diagnose, instrument, answers);
    lastResult.set(instrument, { answers, result: computed });
    return computed;
  }, [engine, instrument, answers, initialAnswers, initialResult]);
  return children(result);
}
