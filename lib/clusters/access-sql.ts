import { byRowScope } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";

/** Positional parameters for one statement: `q.p(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The row-level rule of lib/clusters/access.ts (`clusterAccessWhere`) in SQL, for
 * aggregations that run in the database: staff, managers and admins see every
 * cluster; a consultant only those assigned to them; any other role nothing (fail
 * closed). tests/integration/dashboard.test.ts checks both give the same clusters. Used by
 * the dashboard's aggregations and the SME search's capped count (lib/smes/queries.ts).
 */
export function clusterScopeSql(user: Pick<SessionUser, "id" | "role">, q: SqlParams, clusterId: string): string {
  return byRowScope(user.role, {
    all: "TRUE",
    consultant: () =>
      `EXISTS (SELECT 1 FROM consultant_assignment ca WHERE ca."clusterId" = ${clusterId} AND ca."consultantId" = ${q.p(user.id)})`,
    none: "FALSE",
  });
}
