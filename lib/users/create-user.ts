import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUserSchema } from "@/lib/users/schema";

export async function createUser({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN");
  const data = createUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (taken) throw new AppError("INVALID_INPUT", "email taken", { field: "email", fieldMessage: "emailTaken" });
    if (data.bdsProviderId) {
      const provider = await tx.bdsProvider.findUnique({ where: { id: data.bdsProviderId }, select: { id: true } });
      if (!provider) throw new AppError("INVALID_INPUT", "unknown provider", { field: "bdsProviderId", fieldMessage: "invalidChoice" });
    }
    const user = await tx.user.create({
      data: {
        name: data.name,
        email: data.email,
        role: data.role,
        bdsProviderId: data.role === "CONSULTANT" ? data.bdsProviderId : null,
        passwordHash,
      },
      select: { id: true, name: true, email: true, role: true, bdsProviderId: true, isActive: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "user.create", entityType: "User", entityId: user.id, after: user });
    return user;
  });
}
