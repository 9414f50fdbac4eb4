import type { SessionUser } from "@/lib/auth/session";
import { defaultInstrument, type Level } from "@/lib/diagnosis/engine";
import type { Answers } from "@/lib/diagnosis/answers";
import { indicatorCodes } from "@/lib/diagnosis/instrument-index";
import { makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

export const CODES = indicatorCodes(defaultInstrument);

/** Every indicator at one level (2 -> survival, 3 -> advance, 4 -> mature). */
export function allAt(level: Level, overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(CODES.map((c) => [c, { level }])), ...overrides };
}

/** A cluster with a staff assessor, an assigned consultant, an unassigned one and an admin. */
export async function world() {
  const cluster = await makeCluster(prisma, { name: "Sentra Batik Uji", provinceCode: "33" });
  const other = await makeCluster(prisma, { name: "Sentra Lain", provinceCode: "34" });
  const staff = await actorWithRole("STAFF");
  const staff2 = await actorWithRole("STAFF");
  const consultant = await actorWithRole("CONSULTANT");
  const outsider = await actorWithRole("CONSULTANT");
  const admin = await actorWithRole("ADMIN");
  const manager = await actorWithRole("MANAGER");
  await prisma.consultantAssignment.create({ data: { consultantId: consultant.id, clusterId: cluster.id } });
  await prisma.consultantAssignment.create({ data: { consultantId: outsider.id, clusterId: other.id } });
  return { cluster, other, staff, staff2, consultant, outsider, admin, manager };
}

export async function versionOf(id: string) {
  return (await prisma.diagnosis.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

export type Actor = SessionUser;
