-- CreateEnum
CREATE TYPE "AgendaStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "OutcomeSource" AS ENUM ('SURVEY', 'BPS', 'ESTIMATE');

-- AlterEnum
ALTER TYPE "ImportKind" ADD VALUE 'OUTCOMES';

-- AlterTable
ALTER TABLE "bds_provider" ADD COLUMN     "accreditationExpiresOn" DATE,
ADD COLUMN     "accreditedOn" DATE,
ADD COLUMN     "networkMemberships" TEXT[];

-- CreateTable
CREATE TABLE "cluster_savings_service" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "status" "AgendaStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "statusDate" DATE,
    "note" TEXT,
    "evidenceKey" TEXT,
    "isInsideArea" BOOLEAN NOT NULL DEFAULT false,
    "institutionId" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cluster_savings_service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sme_organisation" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "name" TEXT,
    "legalForm" TEXT,
    "foundedOn" DATE,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "status" "AgendaStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "statusDate" DATE,
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sme_organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bds_joint_programme" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startedOn" DATE,
    "status" "AgendaStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bds_joint_programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_outcome" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "smeCount" INTEGER NOT NULL,
    "workerCount" INTEGER NOT NULL,
    "productionValue" BIGINT NOT NULL,
    "exportValue" BIGINT,
    "exportSharePct" INTEGER,
    "averageTurnover" BIGINT,
    "source" "OutcomeSource" NOT NULL,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cluster_outcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cluster_savings_service_clusterId_key" ON "cluster_savings_service"("clusterId");

-- CreateIndex
CREATE INDEX "cluster_savings_service_status_idx" ON "cluster_savings_service"("status");

-- CreateIndex
CREATE INDEX "cluster_savings_service_institutionId_idx" ON "cluster_savings_service"("institutionId");

-- CreateIndex
CREATE INDEX "cluster_savings_service_recordedById_idx" ON "cluster_savings_service"("recordedById");

-- CreateIndex
CREATE UNIQUE INDEX "sme_organisation_clusterId_key" ON "sme_organisation"("clusterId");

-- CreateIndex
CREATE INDEX "sme_organisation_status_idx" ON "sme_organisation"("status");

-- CreateIndex
CREATE INDEX "sme_organisation_recordedById_idx" ON "sme_organisation"("recordedById");

-- CreateIndex
CREATE INDEX "bds_joint_programme_providerId_idx" ON "bds_joint_programme"("providerId");

-- CreateIndex
CREATE INDEX "bds_joint_programme_partnerId_idx" ON "bds_joint_programme"("partnerId");

-- CreateIndex
CREATE INDEX "bds_joint_programme_recordedById_idx" ON "bds_joint_programme"("recordedById");

-- CreateIndex
CREATE INDEX "cluster_outcome_year_idx" ON "cluster_outcome"("year");

-- CreateIndex
CREATE INDEX "cluster_outcome_recordedById_idx" ON "cluster_outcome"("recordedById");

-- CreateIndex
CREATE UNIQUE INDEX "cluster_outcome_clusterId_year_key" ON "cluster_outcome"("clusterId", "year");

-- AddForeignKey
ALTER TABLE "cluster_savings_service" ADD CONSTRAINT "cluster_savings_service_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_savings_service" ADD CONSTRAINT "cluster_savings_service_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "financial_institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_savings_service" ADD CONSTRAINT "cluster_savings_service_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sme_organisation" ADD CONSTRAINT "sme_organisation_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sme_organisation" ADD CONSTRAINT "sme_organisation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bds_joint_programme" ADD CONSTRAINT "bds_joint_programme_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "bds_provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bds_joint_programme" ADD CONSTRAINT "bds_joint_programme_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "bds_provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bds_joint_programme" ADD CONSTRAINT "bds_joint_programme_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_outcome" ADD CONSTRAINT "cluster_outcome_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_outcome" ADD CONSTRAINT "cluster_outcome_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
