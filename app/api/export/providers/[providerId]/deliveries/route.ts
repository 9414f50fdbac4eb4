import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { downloadHeaders, tableStream } from "@/lib/exports/table-stream";
import { errorResponse, today } from "@/lib/imports/http";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";
import { providerDeliveriesTable } from "@/lib/providers/deliveries-export";

type Context = { params: Promise<{ providerId: string }> };

/** One provider's service records with reversed records and their reversals, as CSV (default) or XLSX. */
export async function GET(request: Request, { params }: Context) {
  try {
    const actor = await requireUser("providers:read");
    const format = parseFormat(new URL(request.url).searchParams.get("format"), EXPORT_FORMATS);
    const t = await getTranslations("ledger");
    const ts = await getTranslations("support.services");
    const table = await providerDeliveriesTable(
      actor,
      (await params).providerId,
      (k) => t(k as Parameters<typeof t>[0]),
      (code) => ts(code as Parameters<typeof ts>[0]),
    );
    if (!table) throw new AppError("NOT_FOUND");
    const { rows } = table;
    async function* batches() {
      yield rows;
    }
    const file = t("deliveries.export.file");
    const stream = tableStream({ format, header: table.header, batches: batches(), sheetName: file });
    return new Response(stream, { headers: downloadHeaders(format, `${file}-${table.name}-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
