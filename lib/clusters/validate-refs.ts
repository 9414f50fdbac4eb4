import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ClusterFields } from "@/lib/clusters/schema";

/**
 * Area codes must exist and nest (village in district in regency in province), and
 * the BDS provider must exist. Throws a field-level INVALID_INPUT naming the field.
 */
export async function assertClusterRefs(
  tx: Tx,
  data: Pick<ClusterFields, "provinceCode" | "regencyCode" | "districtCode" | "villageCode" | "bdsProviderId">,
) {
  const fail = (field: string, fieldMessage: string) => {
    throw new AppError("INVALID_INPUT", `${field}: ${fieldMessage}`, { field, fieldMessage });
  };
  const province = await tx.province.findUnique({ where: { code: data.provinceCode }, select: { code: true } });
  if (!province) fail("provinceCode", "unknownArea");
  const checks: Array<[string, string | null | undefined, () => Promise<string | undefined>, string | null | undefined]> = [
    [
      "regencyCode",
      data.regencyCode,
      async () => (await tx.regency.findUnique({ where: { code: data.regencyCode! } }))?.provinceCode,
      data.provinceCode,
    ],
    [
      "districtCode",
      data.districtCode,
      async () => (await tx.district.findUnique({ where: { code: data.districtCode! } }))?.regencyCode,
      data.regencyCode,
    ],
    [
      "villageCode",
      data.villageCode,
      async () => (await tx.village.findUnique({ where: { code: data.villageCode! } }))?.districtCode,
      data.districtCode,
    ],
  ];
  for (const [field, code, parentOf, expectedParent] of checks) {
    if (!code) continue;
    const parent = await parentOf();
    if (parent === undefined) fail(field, "unknownArea");
    if (parent !== expectedParent) fail(field, "areaMismatch");
  }
  if (data.bdsProviderId) {
    const provider = await tx.bdsProvider.findUnique({ where: { id: data.bdsProviderId }, select: { id: true } });
    if (!provider) fail("bdsProviderId", "unknownProvider");
  }
}
