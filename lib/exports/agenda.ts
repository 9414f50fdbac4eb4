import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cursorPages, tableStream, type TableFormat } from "@/lib/exports/table-stream";
import { AGENDA_SELECT, agendaWhere, toAgendaRow } from "@/lib/monitoring/queries";
import type { AgendaFilter } from "@/lib/monitoring/schema";

type Translate = (key: string) => string;

/**
 * The filtered agenda list ("Agenda Tahun Kedua") as a file, under the same `where` as
 * the page (designated, active, in the viewer's scope). Cursor-paged by id.
 */
export function exportAgenda({
  actor,
  filter,
  format,
  t,
  tf,
  tStatus,
  tStage,
}: {
  actor: SessionUser;
  filter: AgendaFilter;
  format: TableFormat;
  /** The `monitoring.agenda` namespace. */
  t: Translate;
  /** The `monitoring.form` namespace. */
  tf: Translate;
  tStatus: Translate;
  tStage: Translate;
}): ReadableStream<Uint8Array> {
  if (!can(actor.role, "exports:run") || !can(actor.role, "monitoring:read")) throw new AppError("FORBIDDEN");
  const where = agendaWhere(actor, filter);
  const header = [
    t("sentra"),
    t("province"),
    t("commodity"),
    t("stage"),
    t("provider"),
    t("bdsLine"),
    tf("savingsLine"),
    tf("isInsideArea"),
    tf("institution"),
    tf("organisationLine"),
    tf("orgName"),
    t("members"),
  ];
  async function* batches() {
    for await (const page of cursorPages((cursor, take) =>
      prisma.cluster.findMany({
        where,
        orderBy: { id: "asc" },
        take,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: AGENDA_SELECT,
      }),
    )) {
      yield page
        .map(toAgendaRow)
        .map((r) => [
          r.name,
          r.province,
          r.commodity,
          r.stage ? tStage(r.stage) : null,
          r.bds.provider,
          r.bds.status ? tStatus(r.bds.status) : null,
          tStatus(r.savings.status),
          r.savings.isInsideArea ? "1" : "0",
          r.savings.institution,
          tStatus(r.organisation.status),
          r.organisation.name,
          r.organisation.members,
        ]);
    }
  }
  return tableStream({ format, header, batches: batches(), sheetName: t("title") });
}
