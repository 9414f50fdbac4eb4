import { hasForbiddenChars } from "@/lib/forms/text";
import { ApiRefusal } from "@/lib/api/errors";

/**
 * An id from the path, or NOT_FOUND: an id no row can have (over 100 characters, or a
 * NUL, which would even make PostgreSQL refuse the query) is simply not found.
 */
export function pathId(params: Record<string, string>, name: string): string {
  const id = params[name] ?? "";
  if (id.length > 100 || hasForbiddenChars(id)) throw new ApiRefusal("NOT_FOUND");
  return id;
}
