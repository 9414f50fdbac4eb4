import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * A record page's title: the record's name, or "not found" when there is none the user may
 * see (the page itself then answers 404).
 */
export async function recordTitle(name: string | null | undefined): Promise<Metadata> {
  return { title: name ?? (await getTranslations("errors"))("notFoundTitle") };
}
