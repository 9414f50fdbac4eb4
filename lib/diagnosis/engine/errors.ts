export type EngineErrorCode =
  | "INVALID_INSTRUMENT"
  | "INVALID_INPUT"
  | "UNKNOWN_INDICATOR"
  | "INVALID_LEVEL"
  | "DUPLICATE_INDICATOR"
  | "MISSING_REASON"
  | "INSTRUMENT_MISMATCH"
  | "INCONSISTENT_RESULT";

export interface EngineErrorDetails {
  /** The indicator code the problem is about, when there is one. */
  indicator?: string;
  /** Where in the data the problem is, e.g. "groups.0.indicators.2.rubric". */
  path?: string;
  issues?: ReadonlyArray<{ path: string; message: string }>;
}

/**
 * The one error type the engine throws. Callers map `code` to UI text or an
 * HTTP status; the message is for logs and developers, in English.
 */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly details: EngineErrorDetails;

  constructor(code: EngineErrorCode, message: string, details: EngineErrorDetails = {}) {
    super(message);
    this.name = "EngineError";
    this.code = code;
    this.details = details;
  }
}
