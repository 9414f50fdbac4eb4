-- Reversals on the dashboard (issue 15). Raw SQL only: schema.prisma is unchanged (the
-- snapshot beside this file equals it), and the drift check ignores materialized views.
--
-- A reversal row carries the negated amount, so amounts already net out in the views.
-- What did not: counts and "got support". Now
-- - dashboard_money counts a disbursement (n) only when it stands: a reversed loan and
--   its reversal count zero, like the base-table query in lib/dashboard/support.ts;
-- - dashboard_transition's support leaves out reversed deliveries and loans and their
--   reversals, like getSupportEffect on the base tables (lib/dashboard/movement.ts).
-- Both views are rebuilt as they were otherwise; dashboard_refresh() refreshes them by name.

DROP MATERIALIZED VIEW dashboard_money;
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
  SELECT db."smeId" AS sme_id, db."institutionId" AS institution_id, extract(year FROM db."disbursedOn")::int AS year, 'D' AS kind, db.amount,
         CASE WHEN db."reversesId" IS NULL AND NOT EXISTS (SELECT 1 FROM disbursement x WHERE x."reversesId" = db.id) THEN 1 ELSE 0 END AS n
  FROM disbursement db
  UNION ALL
  SELECT db."smeId", db."institutionId", extract(year FROM p.paid_on)::int, 'R', p.principal, 0
  FROM paid p JOIN disbursement db ON db.id = p.disbursement_id
) m
JOIN sme s ON s.id = m.sme_id
JOIN financial_institution fi ON fi.id = m.institution_id
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX dashboard_money_key ON dashboard_money (cluster_id, channel, province, year, kind);

DROP MATERIALIZED VIEW dashboard_transition;
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
    WHERE sd."reversesId" IS NULL AND NOT EXISTS (SELECT 1 FROM service_delivery x WHERE x."reversesId" = sd.id)
    UNION
    SELECT s."clusterId", db."disbursedOn" FROM disbursement db JOIN sme s ON s.id = db."smeId"
    WHERE db."reversesId" IS NULL AND NOT EXISTS (SELECT 1 FROM disbursement x WHERE x."reversesId" = db.id)
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
