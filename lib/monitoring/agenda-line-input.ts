import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { FileStorage } from "@/lib/storage";

interface AgendaLineFields {
  version: number | null;
  removeEvidence: boolean;
  statusDate?: Date | null;
}

/**
 * THE prologue of an agenda line's verb (KSP/USP line, SME organisation, BDS
 * strengthening): the permission check, the parse, and what every line hands
 * `saveAgendaLine` the same way. `data` is the line's own fields (and its owner's id),
 * `recorded` what each row records besides them (the status date, null when none, and
 * who saved it), `line` the shared arguments of `saveAgendaLine`.
 */
export function agendaLineInput<T extends AgendaLineFields>({
  actor,
  input,
  permission,
  schema,
  storage,
}: {
  actor: SessionUser;
  input: unknown;
  permission: Permission;
  schema: z.ZodType<T>;
  storage: FileStorage;
}) {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
  const { version, removeEvidence, ...data } = schema.parse(input);
  return {
    data,
    recorded: { statusDate: data.statusDate ?? null, recordedById: actor.id },
    line: { actorId: actor.id, storage, rawEvidence: (input as { evidence?: unknown } | null)?.evidence, removeEvidence, version },
  };
}
