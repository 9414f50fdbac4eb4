-- CreateTable
CREATE TABLE "dashboard_summary_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "dataVersion" TEXT NOT NULL DEFAULT '',
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "dashboard_summary_state_pkey" PRIMARY KEY ("id")
);

-- The dashboard's summary views (raw SQL; Prisma does not model materialized views).
-- What each holds and how it is refreshed: lib/dashboard/summary-sql.ts and docs/dashboards.md.
-- The drift check ignores materialized views and their indexes (scripts/lib/catalog.ts).

CREATE MATERIALIZED VIEW dashboard_latest_diagnosis AS
SELECT x.cluster_id, x.diagnosis_id, x.instrument_version, x.is_latest,
       coalesce(s.groups, '{}') AS groups, coalesce(s.scores, '{}') AS scores,
       coalesce(s.hold_codes, '{}') AS hold_codes, coalesce(s.hold_groups, '{}') AS hold_groups
FROM (
  SELECT sh."clusterId" AS cluster_id, sh."diagnosisId" AS diagnosis_id, d."instrumentVersion" AS instrument_version,
         row_number() OVER (PARTITION BY sh."clusterId" ORDER BY sh."decidedAt" DESC, sh.id DESC) = 1 AS is_latest,
         row_number() OVER (PARTITION BY sh."clusterId", d."instrumentVersion" ORDER BY sh."decidedAt" DESC, sh.id DESC) AS version_rank
  FROM stage_history sh JOIN diagnosis d ON d.id = sh."diagnosisId"
) x
CROSS JOIN LATERAL (
  SELECT array_agg(ds."groupCode" ORDER BY ds."groupCode") FILTER (WHERE ds."indicatorCode" IS NULL AND ds.score IS NOT NULL) AS groups,
         array_agg(ds.score ORDER BY ds."groupCode") FILTER (WHERE ds."indicatorCode" IS NULL AND ds.score IS NOT NULL) AS scores,
         array_agg(ds."indicatorCode" ORDER BY ds."indicatorCode") FILTER (WHERE ds."indicatorCode" IS NOT NULL AND ds."holdsBack") AS hold_codes,
         array_agg(ds."groupCode" ORDER BY ds."indicatorCode") FILTER (WHERE ds."indicatorCode" IS NOT NULL AND ds."holdsBack") AS hold_groups
  FROM diagnosis_score ds WHERE ds."diagnosisId" = x.diagnosis_id
) s
WHERE x.version_rank = 1;
CREATE UNIQUE INDEX dashboard_latest_diagnosis_key ON dashboard_latest_diagnosis (cluster_id, instrument_version);

CREATE MATERIALIZED VIEW dashboard_transition AS
WITH hist AS (
  SELECT sh.id, sh."clusterId" AS cluster_id, sh.stage, sh."decidedAt" AS decided_at, sh."provinceCode" AS province,
         d."instrumentVersion" AS version,
         lag(sh.stage) OVER w AS prev_stage, lag(sh."decidedAt") OVER w AS prev_at
  FROM stage_history sh JOIN diagnosis d ON d.id = sh."diagnosisId"
  WINDOW w AS (PARTITION BY sh."clusterId" ORDER BY sh."decidedAt", sh.id)
), numbered AS (
  SELECT *, sum(CASE WHEN prev_stage IS DISTINCT FROM stage THEN 1 ELSE 0 END) OVER (PARTITION BY cluster_id ORDER BY decided_at, id) AS run
  FROM hist
), started AS (
  SELECT *, min(decided_at) OVER (PARTITION BY cluster_id, run) AS run_start FROM numbered
), runs AS (
  SELECT *, lag(run_start) OVER (PARTITION BY cluster_id ORDER BY decided_at, id) AS prev_run_start FROM started
), support AS (
  SELECT cluster_id, array_agg(day ORDER BY day) AS days FROM (
    SELECT sd."clusterId" AS cluster_id, sd."deliveredOn" AS day FROM service_delivery sd
    UNION
    SELECT s."clusterId", db."disbursedOn" FROM disbursement db JOIN sme s ON s.id = db."smeId"
  ) u GROUP BY cluster_id
)
SELECT r.id, r.cluster_id, r.prev_stage, r.stage, r.prev_at, r.decided_at, r.province, r.version,
       CASE WHEN r.stage > r.prev_stage THEN 'UP' WHEN r.stage < r.prev_stage THEN 'DOWN' ELSE 'SAME' END AS direction,
       extract(epoch FROM r.decided_at - r.prev_run_start) / 86400.0 AS days_in_stage,
       coalesce((SELECT bool_or(day > ((r.prev_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta')::date AND day <= ((r.decided_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta')::date)
                 FROM support s, unnest(s.days) AS day WHERE s.cluster_id = r.cluster_id), false) AS supported
FROM runs r
WHERE r.prev_stage IS NOT NULL;
CREATE UNIQUE INDEX dashboard_transition_key ON dashboard_transition (id);
CREATE INDEX dashboard_transition_cluster ON dashboard_transition (cluster_id);

CREATE MATERIALIZED VIEW dashboard_money AS
WITH paid AS (
  SELECT r."disbursementId" AS disbursement_id, r."paidOn" AS paid_on,
         least(db.amount, sum(r.amount) OVER w) - least(db.amount, coalesce(sum(r.amount) OVER w - r.amount, 0)) AS principal
  FROM repayment r JOIN disbursement db ON db.id = r."disbursementId"
  WINDOW w AS (PARTITION BY r."disbursementId" ORDER BY r."paidOn", r.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
)
SELECT s."clusterId" AS cluster_id, fi.type::text AS channel, fi."provinceCode" AS province, m.year, m.kind,
       sum(m.amount)::bigint AS amount, sum(m.n)::int AS n
FROM (
  SELECT db."smeId" AS sme_id, db."institutionId" AS institution_id, extract(year FROM db."disbursedOn")::int AS year, 'D' AS kind, db.amount, 1 AS n
  FROM disbursement db
  UNION ALL
  SELECT db."smeId", db."institutionId", extract(year FROM p.paid_on)::int, 'R', p.principal, 0
  FROM paid p JOIN disbursement db ON db.id = p.disbursement_id
) m
JOIN sme s ON s.id = m.sme_id
JOIN financial_institution fi ON fi.id = m.institution_id
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX dashboard_money_key ON dashboard_money (cluster_id, channel, province, year, kind);

INSERT INTO dashboard_summary_state (id, "updatedAt") VALUES (1, now() AT TIME ZONE 'UTC');

CREATE FUNCTION dashboard_refresh(version text) RETURNS timestamptz LANGUAGE plpgsql AS $fn$
DECLARE
  started timestamptz := clock_timestamp();
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_latest_diagnosis;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_transition;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_money;
  UPDATE dashboard_summary_state
     SET "refreshedAt" = started AT TIME ZONE 'UTC', "dataVersion" = version, "updatedAt" = clock_timestamp() AT TIME ZONE 'UTC'
   WHERE id = 1;
  RETURN started;
END
$fn$;
