import { z } from "zod";
import { text } from "@/lib/forms/text";

const DEFAULT_PAGE_LIMIT = 50;
const MAX_PAGE_LIMIT = 200;

/**
 * `?cursor=&limit=`: the cursor is opaque to callers (base64url of the last id of the
 * previous page); pages are in id order, so a row added meanwhile never shifts a page.
 */
export const pageParams = {
  cursor: text()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, "invalidCursor")
    .optional()
    .meta({ description: "`nextCursor` of the previous page." }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .default(DEFAULT_PAGE_LIMIT)
    .meta({ description: `Rows per page, 1–${MAX_PAGE_LIMIT}.` }),
};

function encodeCursor(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

/** The id after which the page starts; a cursor that decodes to no plausible id is refused. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(id))
    throw new z.ZodError([{ code: "custom", path: ["cursor"], message: "invalidCursor", input: cursor }]);
  return id;
}

/** A page from `limit + 1` rows read in id order after the cursor. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? encodeCursor(data[data.length - 1]!.id) : null };
}

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), nextCursor: text().nullable() }).meta({ id });
}
