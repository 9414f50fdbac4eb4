import type { AgendaStatusCode } from "@/lib/monitoring/schema";

/**
 * The "strengthening BDS" agenda line of a sentra, derived from its BDS provider
 * (docs/monitoring.md): done when the provider is accredited and belongs to a
 * network or runs a joint programme; in progress when any of these has begun; not
 * started otherwise; null when the sentra has no provider.
 */
export function bdsLineStatus(
  provider: { accreditationStatus: "NONE" | "IN_PROGRESS" | "ACCREDITED"; inNetwork: boolean; jointProgrammes: number } | null,
): AgendaStatusCode | null {
  if (!provider) return null;
  const cooperating = provider.inNetwork || provider.jointProgrammes > 0;
  if (provider.accreditationStatus === "ACCREDITED" && cooperating) return "DONE";
  if (provider.accreditationStatus !== "NONE" || cooperating) return "IN_PROGRESS";
  return "NOT_STARTED";
}
