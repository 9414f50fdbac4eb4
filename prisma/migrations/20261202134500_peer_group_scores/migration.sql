-- The peer comparison (lib/diagnosis/peers-sql.ts) reads the group rows (indicatorCode
-- NULL, 5 of a diagnosis's ~29 rows) of every peer's latest diagnosis: thousands of
-- peers nationally. This index holds only those rows with what is read, so each lookup
-- is an index-only scan (docs/performance.md, "Peer comparison"). Raw SQL: Prisma cannot
-- express a partial index; the drift check leaves partial indexes out (scripts/lib/catalog.ts).
CREATE INDEX "diagnosis_score_group_idx" ON "diagnosis_score"("diagnosisId") INCLUDE ("groupCode", "score") WHERE "indicatorCode" IS NULL;
