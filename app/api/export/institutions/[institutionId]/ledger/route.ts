import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { downloadHeaders, tableStream } from "@/lib/exports/table-stream";
import { institutionLedgerTable } from "@/lib/financing/ledger-export";
import { errorResponse, today } from "@/lib/imports/http";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";

type Context = { params: Promise<{ institutionId: string }> };

/** One institution's ledger with reversed entries and their reversals, as CSV (default) or XLSX. */
export async function GET(request: Request, { params }: Context) {
  try {
    const actor = await requireUser("financing:read");
    const format = parseFormat(new URL(request.url).searchParams.get("format"), EXPORT_FORMATS);
    const t = await getTranslations("ledger");
    const table = await institutionLedgerTable(actor, (await params).institutionId, (k) => t(k as Parameters<typeof t>[0]));
    if (!table) throw new AppError("NOT_FOUND");
    const { rows } = table;
    async function* batches() {
      yield rows;
    }
    const stream = tableStream({ format, header: table.header, batches: batches(), sheetName: t("export.file") });
    return new Response(stream, { headers: downloadHeaders(format, `${t("export.file")}-${table.name}-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
