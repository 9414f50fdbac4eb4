import "server-only";
import { prisma } from "@/lib/db";

/** The one settings row, created with the defaults on first use. */
export async function getSelectionSettings() {
  return prisma.selectionSettings.upsert({ where: { id: "default" }, create: { id: "default" }, update: {} });
}
