import "server-only";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

/** Users for the admin list: never the password hash. */
export async function listUsers() {
  await requireUser("users:manage");
  return prisma.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      lastLoginAt: true,
      totpEnabledAt: true,
      version: true,
      bdsProviderId: true,
      bdsProvider: { select: { name: true } },
      _count: { select: { assignments: true } },
    },
  });
}

export async function listProviderOptions() {
  await requireUser("users:manage");
  return prisma.bdsProvider.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
