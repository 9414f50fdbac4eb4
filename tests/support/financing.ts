import type { FinancingChannel } from "@/lib/generated/prisma/enums";
import { makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "./db";

/** One million Rupiah. */
export const M = 1_000_000n;

/**
 * What the money tests (tests/integration/financing, ledger-reversals) start from: a
 * staff member, a MAP programme (budget 1,000 M unless told) with one channel (LKM,
 * ceiling 100 M unless told), a centre with one SME, and an institution of that channel
 * in the centre.
 */
export async function financingWorld(opts: { budget?: bigint; ceiling?: bigint; channel?: FinancingChannel } = {}) {
  const staff = await actorWithRole("STAFF");
  const programme = await prisma.mapProgramme.create({
    data: { name: `Program ${Math.random()}`, year: 2026, budget: opts.budget ?? 1_000n * M },
  });
  const channel = await prisma.mapChannel.create({
    data: {
      programmeId: programme.id,
      channel: opts.channel ?? "LKM",
      ceiling: opts.ceiling ?? 100n * M,
      standardAmount: 50n * M,
      plannedInstitutions: 2,
      plannedProvinces: 1,
    },
  });
  const cluster = await makeCluster(prisma, {});
  const sme = await makeSme(prisma, { clusterId: cluster.id });
  const institution = await prisma.financialInstitution.create({
    data: { type: channel.channel, name: `LKM ${Math.random()}`, provinceCode: "33", clusterId: cluster.id },
  });
  return { staff, programme, channel, cluster, sme, institution };
}
