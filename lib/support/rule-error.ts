import { AppError } from "@/lib/errors";

/**
 * The business rules of BDS and MAP financing that a form may break. Each has a
 * message under `support.rules.<rule>` in both languages; amounts are passed as
 * whole-Rupiah bigints and formatted for the reader's language when shown.
 */
export type SupportRule =
  | "CHANNEL_CEILING"
  | "PROGRAMME_BUDGET"
  | "INSTITUTION_TYPE"
  | "REMAINING_ALLOCATION"
  | "OUTSTANDING"
  | "CEILING_BELOW_ALLOCATED"
  | "CHANNEL_EXISTS"
  | "AGREEMENT_EXISTS"
  | "PROVIDER_NAME_TAKEN"
  | "INSTITUTION_EXISTS"
  | "SERVICE_NOT_OFFERED"
  | "NOT_OWN_PROVIDER"
  | "SME_NOT_IN_CLUSTER"
  | "PARTICIPANTS_BELOW_SMES"
  | "PLAN_TARGET"
  | "REPAYMENT_BEFORE_DISBURSEMENT"
  | "PROGRAMME_EXISTS"
  | "INSTITUTION_HAS_ALLOCATIONS"
  | "SME_INACTIVE"
  | "ALREADY_REVERSED"
  | "REVERSAL_OF_REVERSAL"
  | "NOT_SAME_INSTITUTION"
  | "NOT_SAME_PROVIDER"
  | "ENTRY_REVERSED"
  | "REVERSAL_OVERDRAWS"
  | "REVERSAL_HAS_REPAYMENTS";

export class SupportRuleError extends AppError {
  constructor(
    readonly rule: SupportRule,
    readonly field: string,
    readonly amounts: Record<string, bigint> = {},
  ) {
    super("INVALID_INPUT", rule, { field, rule, amounts });
  }
}

export function isSupportRuleError(err: unknown): err is SupportRuleError {
  return err instanceof SupportRuleError;
}
