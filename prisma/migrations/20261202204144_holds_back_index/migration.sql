-- The "holds back" drill-down (lib/clusters/held-back.ts, /clusters?holdsBack=…) reads
-- the indicator rows flagged as holding a cluster back: about one in six of an
-- indicator's rows. Without this index each lookup fetched every row of the indicator
-- (59,000 nationally) to filter on the flag. Raw SQL: Prisma cannot express a partial
-- index; the drift check leaves partial indexes out (scripts/lib/catalog.ts).
CREATE INDEX "diagnosis_score_holds_back_idx" ON "diagnosis_score"("indicatorCode", "diagnosisId") WHERE "holdsBack";
