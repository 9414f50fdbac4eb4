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

export function reconcile(budget: bigint, channels: ReconcileChannel[]): { ok: boolean; lines: ReconcileLine[] } {
  const ceilings = channels.reduce((s, c) => s + c.ceiling, 0n);
  const allocated = channels.reduce((s, c) => s + c.allocated, 0n);
  const lines: ReconcileLine[] = [
    { key: "ceilingsVsBudget", kind: "money", expected: budget, actual: ceilings, difference: ceilings - budget, ok: ceilings === budget },
    {
      key: "allocatedVsBudget",
      kind: "money",
      expected: budget,
      actual: allocated,
      difference: allocated - budget,
      ok: allocated === budget,
    },
  ];
  for (const c of channels) {
    lines.push({
      key: "allocatedVsCeiling",
      channel: c.channel,
      kind: "money",
      expected: c.ceiling,
      actual: c.allocated,
      difference: c.allocated - c.ceiling,
      ok: c.allocated === c.ceiling,
    });
    if (c.plannedInstitutions != null) {
      lines.push({
        key: "institutionsVsPlan",
        channel: c.channel,
        kind: "count",
        expected: c.plannedInstitutions,
        actual: c.institutions,
        difference: c.institutions - c.plannedInstitutions,
        ok: c.institutions === c.plannedInstitutions,
      });
    }
    if (c.plannedProvinces != null) {
      lines.push({
        key: "provincesVsPlan",
        channel: c.channel,
        kind: "count",
        expected: c.plannedProvinces,
        actual: c.provinces,
        difference: c.provinces - c.plannedProvinces,
        ok: c.provinces === c.plannedProvinces,
      });
    }
    if (c.standardAmount != null) {
      lines.push({
        key: "offStandard",
        channel: c.channel,
        kind: "count",
        expected: 0,
        actual: c.offStandard,
        difference: c.offStandard,
        ok: c.offStandard === 0,
      });
    }
  }
  return { ok: lines.every((l) => l.ok), lines };
}
