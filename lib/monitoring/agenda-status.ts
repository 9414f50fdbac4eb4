import type { AgendaStatusCode } from "@/lib/monitoring/codes";

/**
 * The "strengthening BDS" agenda line of a sentra (docs/monitoring.md): the status
 * recorded on its BDS provider's page (a provider never recorded: not started), null
 * when the sentra has no provider. The provider's accreditation, networks and joint
 * programmes are shown beside it as supporting facts; they do not set the status.
 */
export function bdsLineStatus(provider: { strengthening: { status: AgendaStatusCode } | null } | null): AgendaStatusCode | null {
  if (!provider) return null;
  return provider.strengthening?.status ?? "NOT_STARTED";
}
