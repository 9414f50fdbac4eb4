// Pure: the programme page's reconciliation panel. Each line compares what the
// programme planned with what the ledger holds; `difference` is actual − expected.

export interface ReconcileChannel {
  channel: string;
  ceiling: bigint;
  standardAmount: bigint | null;
  plannedInstitutions: number | null;
  plannedProvinces: number | null;
  allocated: bigint;
  institutions: number;
  provinces: number;
  /** Institutions whose allocation in this channel differs from the standard amount. */
  offStandard: number;
}

export type ReconcileLine =
  | {
      key: "ceilingsVsBudget" | "allocatedVsBudget" | "allocatedVsCeiling";
      channel?: string;
      kind: "money";
      expected: bigint;
      actual: bigint;
      difference: bigint;
      ok: boolean;
    }
  | {
      key: "institutionsVsPlan" | "provincesVsPlan" | "offStandard";
      channel: string;
      kind: "count";
      expected: number;
      actual: number;
      difference: number;
      ok: boolean;
    };

type MoneyKey = Extract<ReconcileLine, { kind: "money" }>["key"];
type CountKey = Extract<ReconcileLine, { kind: "count" }>["key"];

function moneyLine(key: MoneyKey, expected: bigint, actual: bigint, channel?: string): ReconcileLine {
  return {
    key,
    ...(channel === undefined ? {} : { channel }),
    kind: "money",
    expected,
    actual,
    difference: actual - expected,
    ok: actual === expected,
  };
}

function countLine(key: CountKey, channel: string, expected: number, actual: number): ReconcileLine {
  return { key, channel, kind: "count", expected, actual, difference: actual - expected, ok: actual === expected };
}

export function reconcile(budget: bigint, channels: ReconcileChannel[]): { ok: boolean; lines: ReconcileLine[] } {
  const ceilings = channels.reduce((s, c) => s + c.ceiling, 0n);
  const allocated = channels.reduce((s, c) => s + c.allocated, 0n);
  const lines: ReconcileLine[] = [moneyLine("ceilingsVsBudget", budget, ceilings), moneyLine("allocatedVsBudget", budget, allocated)];
  for (const c of channels) {
    lines.push(moneyLine("allocatedVsCeiling", c.ceiling, c.allocated, c.channel));
    if (c.plannedInstitutions != null) lines.push(countLine("institutionsVsPlan", c.channel, c.plannedInstitutions, c.institutions));
    if (c.plannedProvinces != null) lines.push(countLine("provincesVsPlan", c.channel, c.plannedProvinces, c.provinces));
    // Every institution should have received exactly the standard amount.
    if (c.standardAmount != null) lines.push(countLine("offStandard", c.channel, 0, c.offStandard));
  }
  return { ok: lines.every((l) => l.ok), lines };
}
