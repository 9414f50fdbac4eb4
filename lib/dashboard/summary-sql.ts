/**
 * The dashboard's summary tables: materialized views of what cannot be aggregated
 * fast enough from the base tables at national scale (15,000 clusters, 60,000
 * approved diagnoses with 1.7 million score rows, 200,000 disbursements, 750,000
 * repayments) and a one-row state table.
 *
 * They are created by the migration `dashboard_summaries` (raw SQL after the table of
 * the Prisma model DashboardSummaryState); a change to them is a new migration. When
 * the state row is missing, lib/dashboard runs every aggregation on the base tables
 * (same numbers, slower); the integration tests check both sources.
 *
 * - dashboard_latest_diagnosis: per cluster and instrument version, the latest
 *   approved diagnosis on that version (is_latest: the latest overall), with its group
 *   scores and the indicators holding the cluster back, as arrays.
 * - dashboard_transition: one row per pair of consecutive approved diagnoses of a
 *   cluster (StageHistory order): stages before/after, the later decision's time,
 *   province and instrument version, days since the cluster first reached the earlier
 *   stage, and whether it got support (a service, or a disbursement to one of its
 *   SMEs, that stands: not reversed, not a reversal) between the two decisions
 *   (Jakarta dates).
 * - dashboard_money: disbursed amounts and effective principal repaid (repayments
 *   capped at the loan, so outstanding is never below zero) per cluster, channel,
 *   institution province and calendar year; reversal rows summed as they are (negated
 *   amounts), the disbursement count only of loans that stand. Both last rebuilt by the
 *   migration `dashboard_reversals`.
 * - dashboard_summary_state: when the views were last refreshed (dashboard_refresh())
 *   and at which data version. The data version is read from PostgreSQL's own
 *   per-table modification counters (no triggers, so no hot row for writers to wait
 *   on): when it differs, the app refreshes the views in the background.
 */
/** Tables the dashboard reads: a change to any of them is a new data version. */
export const BASE_TABLES = [
  "cluster",
  "consultant_assignment",
  "diagnosis",
  "diagnosis_score",
  "stage_history",
  "service_delivery",
  "sme",
  "disbursement",
  "repayment",
  "financial_institution",
  "map_allocation",
  "map_channel",
  "bds_provider",
  "province",
  // Programme monitoring (docs/monitoring.md): the agenda and outcome charts.
  "cluster_outcome",
  "cluster_savings_service",
  "sme_organisation",
  // Not "user": every sign-in writes lastLoginAt. A renamed consultant shows under the
  // old name until the next change to one of these tables.
];

/**
 * The data version: PostgreSQL's own modification counters of the base tables
 * (pg_stat_user_tables), summed. They move when a writing transaction ends (committed
 * or not); PostgreSQL publishes them within about a second, at most ten while a
 * connection idles. $1 = BASE_TABLES.
 */
export const DATA_VERSION_SQL = `SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::text AS version
  FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = ANY($1)`;
