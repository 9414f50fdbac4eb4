import "server-only";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

export async function listConsultantsWithAssignments() {
  await requireUser("assignments:manage");
  return prisma.user.findMany({
    where: { role: "CONSULTANT" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      isActive: true,
      bdsProvider: { select: { name: true } },
      assignments: {
        orderBy: { cluster: { name: "asc" } },
        select: { cluster: { select: { id: true, name: true, province: { select: { name: true } } } } },
      },
    },
  });
}

export async function listAssignableClusters() {
  await requireUser("assignments:manage");
  return prisma.cluster.findMany({
    where: { status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, province: { select: { name: true } } },
  });
}
