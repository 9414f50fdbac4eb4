import "server-only";
import { requireUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import type { ClusterFormValues } from "@/lib/clusters/schema";
import { toFormValues } from "@/lib/forms/values";

/** What the cluster form needs: options, and for an edit the record as form text (BigInt cannot cross to the client). */
export async function getClusterFormData(clusterId?: string): Promise<{
  provinces: Array<{ code: string; name: string }>;
  providers: Array<{ id: string; name: string }>;
  initial: ClusterFormValues | null;
  areaLabels: Record<string, string>;
}> {
  const user = await requireUser("clusters:write");
  const [provinces, providers] = await Promise.all([
    prisma.province.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    prisma.bdsProvider.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  if (!clusterId) return { provinces, providers, initial: {}, areaLabels: {} };
  const c = await prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId, status: "ACTIVE" }, clusterAccessWhere(user)] },
    include: { regency: { select: { name: true } }, district: { select: { name: true } }, village: { select: { name: true } } },
  });
  if (!c) return { provinces, providers, initial: null, areaLabels: {} };
  return {
    provinces,
    providers,
    initial: toFormValues({
      id: c.id,
      version: c.version,
      name: c.name,
      commodity: c.commodity,
      kbliCode: c.kbliCode,
      provinceCode: c.provinceCode,
      regencyCode: c.regencyCode,
      districtCode: c.districtCode,
      villageCode: c.villageCode,
      latitude: c.latitude?.toString(),
      longitude: c.longitude?.toString(),
      yearEstablished: c.yearEstablished,
      workerCount: c.workerCount,
      productionVolume: c.productionVolume?.toString(),
      productionUnit: c.productionUnit,
      productionValue: c.productionValue?.toString(),
      exportSharePct: c.exportSharePct,
      localMaterialSharePct: c.localMaterialSharePct,
      contactName: c.contactName,
      contactPhone: c.contactPhone,
      bdsProviderId: c.bdsProviderId,
      notes: c.notes,
    }),
    areaLabels: { regency: c.regency?.name ?? "", district: c.district?.name ?? "", village: c.village?.name ?? "" },
  };
}
