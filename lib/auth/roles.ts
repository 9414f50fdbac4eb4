import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "STAFF", "CONSULTANT", "MANAGER"] as const satisfies readonly Role[];

/**
 * What each role may do, as one typed constant. A permission missing here is
 * refused for everyone (fail closed). Row-level scope is separate: see access.ts.
 */
export const PERMISSIONS = {
  "admin:access": ["ADMIN"],
  "users:manage": ["ADMIN"],
  "assignments:manage": ["ADMIN"],
  "clusters:read": ["ADMIN", "STAFF", "CONSULTANT", "MANAGER"],
  "clusters:write": ["ADMIN", "STAFF"],
  "dashboard:read": ["ADMIN", "STAFF", "CONSULTANT", "MANAGER"],
  "centres:review": ["CONSULTANT", "ADMIN"],
  "smes:read": ["ADMIN", "STAFF", "CONSULTANT", "MANAGER"],
  "smes:write": ["ADMIN", "STAFF"],
  "imports:run": ["ADMIN", "STAFF"],
  "exports:run": ["ADMIN", "STAFF", "CONSULTANT", "MANAGER"],
  "selection:read": ["ADMIN", "STAFF", "MANAGER"],
  "selection:judge": ["ADMIN", "STAFF"],
  "selection:decide": ["ADMIN", "STAFF"],
  "selection:weights": ["ADMIN"],
  "diagnosis:read": ["ADMIN", "STAFF", "CONSULTANT", "MANAGER"],
  "diagnosis:fill": ["ADMIN", "STAFF"],
  "diagnosis:review": ["ADMIN", "CONSULTANT"],
  "providers:read": ["ADMIN", "STAFF", "CONSULTANT", "MANAGER"],
  "providers:manage": ["ADMIN", "STAFF"],
  "services:record": ["ADMIN", "STAFF", "CONSULTANT"],
  "support:plan": ["ADMIN", "STAFF", "CONSULTANT"],
  "financing:read": ["ADMIN", "STAFF", "MANAGER"],
  "financing:manage": ["ADMIN", "STAFF"],
  // Programme monitoring (docs/monitoring.md): consultants edit only their assigned
  // sentra, through clusterAccessWhere in every verb.
  "monitoring:read": ["ADMIN", "STAFF", "CONSULTANT", "MANAGER"],
  "monitoring:write": ["ADMIN", "STAFF", "CONSULTANT"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Where each role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  ADMIN: "/admin/users",
  STAFF: "/clusters",
  CONSULTANT: "/my-centres",
  MANAGER: "/dashboard",
};

/**
 * THE role split of every row-level rule (lib/clusters/access.ts and its SQL twin
 * access-sql.ts, lib/providers/access.ts): staff, managers and admins see every row, a
 * consultant what `consultant` returns, any other role nothing (fail closed).
 */
export function byRowScope<T>(role: Role, scope: { all: T; consultant: () => T; none: T }): T {
  switch (role) {
    case "ADMIN":
    case "MANAGER":
    case "STAFF":
      return scope.all;
    case "CONSULTANT":
      return scope.consultant();
    default:
      return scope.none;
  }
}
