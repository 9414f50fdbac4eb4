import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/roles";
import { errorToState, formValues, translateZodError, type ActionState } from "@/lib/forms/action-state";

interface FormActionSpec<S extends z.ZodType, R> {
  permission: Permission;
  schema: S;
  /**
   * Receives the raw submitted values, not the parsed ones: the use case parses them
   * itself (it is also called from elsewhere), and parsing twice must not depend on
   * every transform being idempotent.
   */
  run(actor: SessionUser, input: Record<string, unknown>): Promise<R>;
  success(result: R): Promise<string> | string;
  revalidate?: string[];
}

/**
 * The one shape of a form server action: authorise, parse, call the use case,
 * map failures to messages in the user's language, revalidate. The use case checks
 * the role again, since it is also called from places other than this action.
 */
export async function runFormAction<S extends z.ZodType, R>(formData: FormData, spec: FormActionSpec<S, R>): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireUser(spec.permission);
    const input = Object.fromEntries(formData);
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) return { ...(await translateZodError(parsed.error)), values };
    const result = await spec.run(actor, input);
    for (const path of spec.revalidate ?? []) revalidatePath(path);
    return { ok: true, message: await spec.success(result) };
  } catch (err) {
    if (err instanceof z.ZodError) return { ...(await translateZodError(err)), values };
    return { ...(await errorToState(err)), values };
  }
}
