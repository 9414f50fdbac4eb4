import "server-only";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { parseFieldMessage } from "@/lib/forms/messages";
import type { Answers } from "@/lib/diagnosis/answers";

/** A group the engine finds short of data: its unanswered indicators, and why (`TOO_FEW_ANSWERED`, `TOO_MUCH_NOT_APPLICABLE`, ...). */
interface IncompleteGroup {
  group: string;
  indicators: string[];
  reason?: string;
}

/** What autosave and submit return to the form: expected failures are values, never throws. */
export type EditResult =
  | { ok: true; version: number; savedAt?: string; status?: string }
  | {
      ok: false;
      kind: "CONFLICT";
      server: { version: number; answers: Answers; savedAt?: string; savedBy?: string | null } | null;
      status?: string;
    }
  | { ok: false; kind: "INCOMPLETE"; missing: IncompleteGroup[]; reasonMissing: string[] }
  | { ok: false; kind: "INVALID"; issues: Array<{ indicator: string; key: string; params?: Record<string, string> }> }
  | { ok: false; kind: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "ERROR" };

function zodIssues(error: z.ZodError) {
  return error.issues.map((issue) => {
    const [, indicator] = issue.path;
    const { key, params } = parseFieldMessage(issue.message);
    return { indicator: issue.path[0] === "answers" && typeof indicator === "string" ? indicator : "", key, params };
  });
}

/** Maps a failure (already logged by the action builder when unexpected) to the form's result. */
export function toEditResult(err: unknown): EditResult {
  if (err instanceof z.ZodError) return { ok: false, kind: "INVALID", issues: zodIssues(err) };
  if (isAppError(err)) {
    const d = err.details ?? {};
    if (err.code === "CONFLICT") {
      const server = (d.server as Extract<EditResult, { kind: "CONFLICT" }>["server"]) ?? null;
      return { ok: false, kind: "CONFLICT", server, status: typeof d.status === "string" ? d.status : undefined };
    }
    if (err.code === "INVALID_INPUT" && d.reason === "INCOMPLETE") {
      return {
        ok: false,
        kind: "INCOMPLETE",
        missing: (d.missing as IncompleteGroup[] | undefined) ?? [],
        reasonMissing: (d.reasonMissing as string[] | undefined) ?? [],
      };
    }
    if (err.code === "INVALID_INPUT") {
      const issues = (d.issues as Array<{ indicator: string; key: string }>) ?? [
        { indicator: "", key: String(d.fieldMessage ?? "invalidChoice") },
      ];
      return { ok: false, kind: "INVALID", issues };
    }
    if (err.code === "NOT_FOUND" || err.code === "FORBIDDEN" || err.code === "UNAUTHENTICATED") return { ok: false, kind: err.code };
  }
  return { ok: false, kind: "ERROR" };
}
