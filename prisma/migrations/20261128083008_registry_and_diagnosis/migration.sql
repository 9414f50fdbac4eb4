-- Trigram search on names (cluster_search_trgm_idx, sme_search_trgm_idx).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('CLUSTERS', 'SMES');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('VALIDATING', 'REJECTED', 'IMPORTING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "DiagnosisStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "DiagnosisRole" AS ENUM ('PRIMARY', 'SECOND');

-- DropIndex
DROP INDEX "sme_clusterId_idx";

-- AlterTable
ALTER TABLE "cluster" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "judgementEmployment" INTEGER,
ADD COLUMN     "judgementLocal" INTEGER,
ADD COLUMN     "judgementMarket" INTEGER,
ADD COLUMN     "judgementNote" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "sme" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "selection_settings" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "weightMarket" INTEGER NOT NULL DEFAULT 40,
    "weightEmployment" INTEGER NOT NULL DEFAULT 35,
    "weightLocal" INTEGER NOT NULL DEFAULT 25,
    "judgementShare" INTEGER NOT NULL DEFAULT 50,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "selection_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "designation_decision" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "isDesignated" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "designation_decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sme_cluster_move" (
    "id" TEXT NOT NULL,
    "smeId" TEXT NOT NULL,
    "fromClusterId" TEXT NOT NULL,
    "toClusterId" TEXT NOT NULL,
    "reason" TEXT,
    "movedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sme_cluster_move_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "id" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "clusterId" TEXT,
    "fileName" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'VALIDATING',
    "validOnly" BOOLEAN NOT NULL DEFAULT false,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "rejectedRows" INTEGER NOT NULL DEFAULT 0,
    "createdRows" INTEGER NOT NULL DEFAULT 0,
    "updatedRows" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diagnosis" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "instrumentCode" TEXT NOT NULL,
    "instrumentVersion" TEXT NOT NULL,
    "role" "DiagnosisRole" NOT NULL DEFAULT 'PRIMARY',
    "primaryId" TEXT,
    "status" "DiagnosisStatus" NOT NULL DEFAULT 'DRAFT',
    "assessorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "reviewComment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "resultStage" "Stage",
    "growthScore" DOUBLE PRECISION,
    "actionScore" DOUBLE PRECISION,
    "result" JSONB,
    "inputHash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "diagnosis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diagnosis_comment" (
    "id" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "indicatorCode" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "diagnosis_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_file" (
    "id" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "evidence_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diagnosis_score" (
    "id" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "groupCode" TEXT NOT NULL,
    "indicatorCode" TEXT,
    "score" DOUBLE PRECISION,
    "level" INTEGER,
    "holdsBack" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "diagnosis_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stage_history" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "stage" "Stage" NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "stage_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "clusterId" TEXT,
    "diagnosisId" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "selection_settings_updatedById_idx" ON "selection_settings"("updatedById");

-- CreateIndex
CREATE INDEX "designation_decision_clusterId_createdAt_idx" ON "designation_decision"("clusterId", "createdAt");

-- CreateIndex
CREATE INDEX "designation_decision_decidedById_idx" ON "designation_decision"("decidedById");

-- CreateIndex
CREATE INDEX "sme_cluster_move_smeId_createdAt_idx" ON "sme_cluster_move"("smeId", "createdAt");

-- CreateIndex
CREATE INDEX "sme_cluster_move_fromClusterId_idx" ON "sme_cluster_move"("fromClusterId");

-- CreateIndex
CREATE INDEX "sme_cluster_move_toClusterId_idx" ON "sme_cluster_move"("toClusterId");

-- CreateIndex
CREATE INDEX "sme_cluster_move_movedById_idx" ON "sme_cluster_move"("movedById");

-- CreateIndex
CREATE INDEX "import_batch_clusterId_idx" ON "import_batch"("clusterId");

-- CreateIndex
CREATE INDEX "import_batch_createdById_createdAt_idx" ON "import_batch"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "diagnosis_clusterId_status_idx" ON "diagnosis"("clusterId", "status");

-- CreateIndex
CREATE INDEX "diagnosis_assessorId_idx" ON "diagnosis"("assessorId");

-- CreateIndex
CREATE INDEX "diagnosis_reviewerId_idx" ON "diagnosis"("reviewerId");

-- CreateIndex
CREATE INDEX "diagnosis_primaryId_idx" ON "diagnosis"("primaryId");

-- CreateIndex
CREATE INDEX "diagnosis_status_submittedAt_idx" ON "diagnosis"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "diagnosis_comment_diagnosisId_idx" ON "diagnosis_comment"("diagnosisId");

-- CreateIndex
CREATE INDEX "diagnosis_comment_authorId_idx" ON "diagnosis_comment"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_file_storageKey_key" ON "evidence_file"("storageKey");

-- CreateIndex
CREATE INDEX "evidence_file_diagnosisId_idx" ON "evidence_file"("diagnosisId");

-- CreateIndex
CREATE INDEX "evidence_file_uploadedById_idx" ON "evidence_file"("uploadedById");

-- CreateIndex
CREATE INDEX "diagnosis_score_diagnosisId_idx" ON "diagnosis_score"("diagnosisId");

-- CreateIndex
CREATE INDEX "diagnosis_score_clusterId_idx" ON "diagnosis_score"("clusterId");

-- CreateIndex
CREATE INDEX "diagnosis_score_groupCode_indicatorCode_idx" ON "diagnosis_score"("groupCode", "indicatorCode");

-- CreateIndex
CREATE UNIQUE INDEX "stage_history_diagnosisId_key" ON "stage_history"("diagnosisId");

-- CreateIndex
CREATE INDEX "stage_history_clusterId_decidedAt_idx" ON "stage_history"("clusterId", "decidedAt");

-- CreateIndex
CREATE INDEX "stage_history_provinceCode_decidedAt_idx" ON "stage_history"("provinceCode", "decidedAt");

-- CreateIndex
CREATE INDEX "notification_userId_readAt_idx" ON "notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "notification_clusterId_idx" ON "notification"("clusterId");

-- CreateIndex
CREATE INDEX "notification_diagnosisId_idx" ON "notification"("diagnosisId");

-- CreateIndex
CREATE INDEX "cluster_search_trgm_idx" ON "cluster" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "sme_search_trgm_idx" ON "sme" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "sme_clusterId_status_idx" ON "sme"("clusterId", "status");

-- AddForeignKey
ALTER TABLE "selection_settings" ADD CONSTRAINT "selection_settings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation_decision" ADD CONSTRAINT "designation_decision_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation_decision" ADD CONSTRAINT "designation_decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sme_cluster_move" ADD CONSTRAINT "sme_cluster_move_smeId_fkey" FOREIGN KEY ("smeId") REFERENCES "sme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sme_cluster_move" ADD CONSTRAINT "sme_cluster_move_fromClusterId_fkey" FOREIGN KEY ("fromClusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sme_cluster_move" ADD CONSTRAINT "sme_cluster_move_toClusterId_fkey" FOREIGN KEY ("toClusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sme_cluster_move" ADD CONSTRAINT "sme_cluster_move_movedById_fkey" FOREIGN KEY ("movedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis" ADD CONSTRAINT "diagnosis_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis" ADD CONSTRAINT "diagnosis_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis" ADD CONSTRAINT "diagnosis_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis" ADD CONSTRAINT "diagnosis_primaryId_fkey" FOREIGN KEY ("primaryId") REFERENCES "diagnosis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis_comment" ADD CONSTRAINT "diagnosis_comment_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "diagnosis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis_comment" ADD CONSTRAINT "diagnosis_comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "diagnosis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis_score" ADD CONSTRAINT "diagnosis_score_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "diagnosis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_history" ADD CONSTRAINT "stage_history_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_history" ADD CONSTRAINT "stage_history_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "diagnosis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "diagnosis"("id") ON DELETE CASCADE ON UPDATE CASCADE;
