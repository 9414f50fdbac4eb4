import "server-only";
import { prisma } from "@/lib/db";

export const AREA_LEVELS = ["regency", "district", "village"] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** The official children of an area (regencies of a province, districts of a regency…). */
export async function listChildAreas(level: AreaLevel, parentCode: string) {
  switch (level) {
    case "regency":
      return prisma.regency.findMany({ where: { provinceCode: parentCode }, orderBy: { name: "asc" }, select: { code: true, name: true } });
    case "district":
      return prisma.district.findMany({ where: { regencyCode: parentCode }, orderBy: { name: "asc" }, select: { code: true, name: true } });
    case "village":
      return prisma.village.findMany({ where: { districtCode: parentCode }, orderBy: { name: "asc" }, select: { code: true, name: true } });
  }
}
