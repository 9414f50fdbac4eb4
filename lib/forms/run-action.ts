import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import { AppError, isAppError } from "@/lib/errors";
import { errorToState, formValues, translateZodError, type ActionState, type MessageScopes } from "@/lib/forms/action-state";
import { logger } from "@/lib/logger";

/** Who may call an action: a permission, any signed-in user, or anyone (the actor is then null when signed out). */
export type ActionAccess = Permission | "signed-in" | "anyone";

type ActorFor<A extends ActionAccess> = A extends "anyone" ? SessionUser | null : SessionUser;

/** How a JSON caller (e.g. autosave) wants its answer: its own typed result instead of an ActionState. */
export interface ActionReply<R, Out> {
  ok(result: R): Out;
  /**
   * Every failure, already classified: an AppError (UNAUTHENTICATED for no, expired or
   * forged sessions; FORBIDDEN; NOT_FOUND; CONFLICT; INVALID_INPUT), a ZodError for a bad
   * body, or anything else (already logged by the builder; answer with a generic result).
   */
  fail(err: unknown): Out;
}

export interface FormActionSpec<S extends z.ZodType, R, A extends ActionAccess = ActionAccess> {
  permission: A;
  schema: S;
  /**
   * Receives the raw submitted values, not the parsed ones: the use case parses them
   * itself (it is also called from elsewhere), and parsing twice must not depend on
   * every transform being idempotent.
   */
  run(actor: ActorFor<A>, input: Record<string, unknown>): Promise<R>;
  /** The flash message on success (form actions; ignored with `reply`). */
  success?(result: R): Promise<string> | string;
  revalidate?: RevalidateTarget[] | ((result: R) => RevalidateTarget[]);
  /** Where to go after a success (outside the error mapping, since redirect() throws). */
  redirect?: (result: R) => string;
  /** FormData fields that carry several values (checkbox groups, multi-selects). */
  arrays?: string[];
  /** Shapes a FormData body into the use case's input when it is not one value per field. */
  body?: (formData: FormData) => Record<string, unknown>;
  /** Feature catalogue namespaces searched before the shared `errors` ones. */
  messages?: MessageScopes;
  /**
   * What a caller without a session gets: a message in the form (default, so the
   * typed values survive) or a redirect to sign-in (for forms that show no state).
   */
  unauthenticated?: "message" | "redirect";
}

/** A path, or a path with its layout (everything under it, e.g. the notification bell in the root layout). */
type RevalidateTarget = string | { path: string; type: "layout" | "page" };

type Input = FormData | Record<string, unknown>;

/**
 * THE server-action builder: session → permission → zod parse → use case → typed
 * result. Every failure is a value, never a 500: no, expired or forged session →
 * "sign in again" (or a redirect to sign-in); wrong role → FORBIDDEN; bad body →
 * field errors; AppError codes → catalogue messages; anything else → logged, a
 * generic message. Form actions get an `ActionState` for useActionState; JSON callers
 * pass a plain object and `reply` to get their own result type. The use case checks
 * the role again, since it is also called from places other than this action.
 */
export async function runFormAction<S extends z.ZodType, R, A extends ActionAccess>(
  input: FormData,
  spec: FormActionSpec<S, R, A>,
): Promise<ActionState>;
export async function runFormAction<S extends z.ZodType, R, A extends ActionAccess, Out>(
  input: Input,
  spec: FormActionSpec<S, R, A> & { reply: ActionReply<R, Out> },
): Promise<Out>;
export async function runFormAction<S extends z.ZodType, R, A extends ActionAccess, Out>(
  input: Input,
  spec: FormActionSpec<S, R, A> & { reply?: ActionReply<R, Out> },
): Promise<ActionState | Out> {
  const isForm = input instanceof FormData;
  const values = isForm ? formValues(input) : undefined;
  let result: R;
  try {
    const actor = await authorize(spec.permission);
    const body = isForm ? readBody(input, spec) : input;
    const parsed = spec.schema.safeParse(body);
    if (!parsed.success) throw parsed.error;
    result = await spec.run(actor as ActorFor<A>, body);
    const paths = typeof spec.revalidate === "function" ? spec.revalidate(result) : (spec.revalidate ?? []);
    for (const target of paths) {
      if (typeof target === "string") revalidatePath(target);
      else revalidatePath(target.path, target.type);
    }
  } catch (err) {
    unstable_rethrow(err); // Next's own control flow (redirect, notFound) is not a failure
    if (isAppError(err) && err.code === "UNAUTHENTICATED" && spec.unauthenticated === "redirect") redirect("/login");
    if (!(err instanceof z.ZodError) && !isAppError(err)) {
      logger.error({ err: err instanceof Error ? err.message : String(err) }, "unexpected action error");
    }
    if (spec.reply) return spec.reply.fail(err);
    const state = err instanceof z.ZodError ? await translateZodError(err, spec.messages) : await errorToState(err, spec.messages);
    return { ...state, values };
  }
  if (spec.redirect) redirect(spec.redirect(result));
  if (spec.reply) return spec.reply.ok(result);
  return { ok: true, message: spec.success ? await spec.success(result) : undefined };
}

async function authorize(access: ActionAccess): Promise<SessionUser | null> {
  // getCurrentUser answers null for a missing, expired, tampered or foreign-key cookie.
  const user = await getCurrentUser();
  if (access === "anyone") return user;
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (access !== "signed-in" && !can(user.role, access)) throw new AppError("FORBIDDEN");
  return user;
}

function readBody(formData: FormData, spec: { arrays?: string[]; body?: (formData: FormData) => Record<string, unknown> }) {
  if (spec.body) return spec.body(formData);
  const body: Record<string, unknown> = Object.fromEntries(formData);
  for (const key of spec.arrays ?? []) body[key] = formData.getAll(key).filter((v) => typeof v === "string" && v !== "");
  return body;
}
