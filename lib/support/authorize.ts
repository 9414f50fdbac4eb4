import type { SessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

/**
 * Reads in lib/providers, lib/financing and lib/support take the viewer from the
 * page (which got it from requirePageUser) and check the permission again here,
 * so a query is never callable without one, and the tests can call it directly.
 */
export function assertCan(viewer: Pick<SessionUser, "role">, permission: Permission): void {
  if (!can(viewer.role, permission)) throw new AppError("FORBIDDEN");
}
