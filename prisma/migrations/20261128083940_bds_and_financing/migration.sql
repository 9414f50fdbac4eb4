-- CreateEnum
CREATE TYPE "BdsService" AS ENUM ('INFORMATION', 'CONSULTATION', 'TRAINING', 'MENTORING', 'BUSINESS_CONTACT', 'MARKET_ACCESS', 'CAPITAL_ACCESS', 'ORGANISATION_MANAGEMENT', 'TECHNOLOGY', 'BUSINESS_PROPOSAL');

-- CreateEnum
CREATE TYPE "FinancingChannel" AS ENUM ('LKM', 'KSP_USP', 'GUARANTEE', 'VENTURE_CAPITAL', 'INCUBATOR');

-- CreateEnum
CREATE TYPE "AccreditationStatus" AS ENUM ('NONE', 'IN_PROGRESS', 'ACCREDITED');

-- CreateEnum
CREATE TYPE "PlannedActionKind" AS ENUM ('SERVICE', 'FINANCING');

-- CreateEnum
CREATE TYPE "PlannedActionStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- AlterTable
ALTER TABLE "bds_provider" ADD COLUMN     "accreditationBody" TEXT,
ADD COLUMN     "accreditationStatus" "AccreditationStatus" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "networkName" TEXT,
ADD COLUMN     "services" "BdsService"[];

-- CreateTable
CREATE TABLE "bds_agreement" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" TEXT,
    "signedOn" DATE,
    "sponsorName" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bds_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bds_agreement_cluster" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bds_agreement_cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_delivery" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "service" "BdsService" NOT NULL,
    "deliveredOn" DATE NOT NULL,
    "participantCount" INTEGER NOT NULL DEFAULT 0,
    "feeAmount" BIGINT NOT NULL DEFAULT 0,
    "laterFinancing" BIGINT,
    "notes" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_delivery_sme" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "smeId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_delivery_sme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "map_programme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "budget" BIGINT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "map_programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "map_channel" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "channel" "FinancingChannel" NOT NULL,
    "ceiling" BIGINT NOT NULL,
    "standardAmount" BIGINT,
    "plannedInstitutions" INTEGER,
    "plannedProvinces" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "map_channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "financial_institution" (
    "id" TEXT NOT NULL,
    "type" "FinancingChannel" NOT NULL,
    "name" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "clusterId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "financial_institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "map_allocation" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "allocatedOn" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "map_allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disbursement" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "smeId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "disbursedOn" DATE NOT NULL,
    "purpose" TEXT NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "disbursement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repayment" (
    "id" TEXT NOT NULL,
    "disbursementId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "paidOn" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "repayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "planned_action" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "diagnosisId" TEXT,
    "kind" "PlannedActionKind" NOT NULL,
    "service" "BdsService",
    "channel" "FinancingChannel",
    "providerId" TEXT,
    "status" "PlannedActionStatus" NOT NULL DEFAULT 'PLANNED',
    "matchedDeliveryId" TEXT,
    "matchedDisbursementId" TEXT,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "planned_action_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "bds_agreement_providerId_year_key" ON "bds_agreement"("providerId", "year");

-- CreateIndex
CREATE INDEX "bds_agreement_cluster_clusterId_idx" ON "bds_agreement_cluster"("clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "bds_agreement_cluster_agreementId_clusterId_key" ON "bds_agreement_cluster"("agreementId", "clusterId");

-- CreateIndex
CREATE INDEX "service_delivery_providerId_deliveredOn_idx" ON "service_delivery"("providerId", "deliveredOn");

-- CreateIndex
CREATE INDEX "service_delivery_clusterId_deliveredOn_idx" ON "service_delivery"("clusterId", "deliveredOn");

-- CreateIndex
CREATE INDEX "service_delivery_service_deliveredOn_idx" ON "service_delivery"("service", "deliveredOn");

-- CreateIndex
CREATE INDEX "service_delivery_recordedById_idx" ON "service_delivery"("recordedById");

-- CreateIndex
CREATE INDEX "service_delivery_sme_smeId_idx" ON "service_delivery_sme"("smeId");

-- CreateIndex
CREATE UNIQUE INDEX "service_delivery_sme_deliveryId_smeId_key" ON "service_delivery_sme"("deliveryId", "smeId");

-- CreateIndex
CREATE UNIQUE INDEX "map_programme_name_key" ON "map_programme"("name");

-- CreateIndex
CREATE UNIQUE INDEX "map_channel_programmeId_channel_key" ON "map_channel"("programmeId", "channel");

-- CreateIndex
CREATE INDEX "financial_institution_provinceCode_idx" ON "financial_institution"("provinceCode");

-- CreateIndex
CREATE INDEX "financial_institution_clusterId_idx" ON "financial_institution"("clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "financial_institution_type_name_provinceCode_key" ON "financial_institution"("type", "name", "provinceCode");

-- CreateIndex
CREATE INDEX "map_allocation_channelId_idx" ON "map_allocation"("channelId");

-- CreateIndex
CREATE INDEX "map_allocation_institutionId_idx" ON "map_allocation"("institutionId");

-- CreateIndex
CREATE INDEX "map_allocation_recordedById_idx" ON "map_allocation"("recordedById");

-- CreateIndex
CREATE INDEX "disbursement_institutionId_disbursedOn_idx" ON "disbursement"("institutionId", "disbursedOn");

-- CreateIndex
CREATE INDEX "disbursement_smeId_idx" ON "disbursement"("smeId");

-- CreateIndex
CREATE INDEX "disbursement_recordedById_idx" ON "disbursement"("recordedById");

-- CreateIndex
CREATE INDEX "repayment_disbursementId_idx" ON "repayment"("disbursementId");

-- CreateIndex
CREATE INDEX "repayment_recordedById_idx" ON "repayment"("recordedById");

-- CreateIndex
CREATE INDEX "planned_action_clusterId_status_idx" ON "planned_action"("clusterId", "status");

-- CreateIndex
CREATE INDEX "planned_action_diagnosisId_idx" ON "planned_action"("diagnosisId");

-- CreateIndex
CREATE INDEX "planned_action_providerId_idx" ON "planned_action"("providerId");

-- CreateIndex
CREATE INDEX "planned_action_matchedDeliveryId_idx" ON "planned_action"("matchedDeliveryId");

-- CreateIndex
CREATE INDEX "planned_action_matchedDisbursementId_idx" ON "planned_action"("matchedDisbursementId");

-- CreateIndex
CREATE INDEX "planned_action_createdById_idx" ON "planned_action"("createdById");

-- AddForeignKey
ALTER TABLE "bds_agreement" ADD CONSTRAINT "bds_agreement_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "bds_provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bds_agreement_cluster" ADD CONSTRAINT "bds_agreement_cluster_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "bds_agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bds_agreement_cluster" ADD CONSTRAINT "bds_agreement_cluster_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "bds_provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery_sme" ADD CONSTRAINT "service_delivery_sme_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "service_delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_delivery_sme" ADD CONSTRAINT "service_delivery_sme_smeId_fkey" FOREIGN KEY ("smeId") REFERENCES "sme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "map_channel" ADD CONSTRAINT "map_channel_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "map_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financial_institution" ADD CONSTRAINT "financial_institution_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financial_institution" ADD CONSTRAINT "financial_institution_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "map_allocation" ADD CONSTRAINT "map_allocation_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "map_channel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "map_allocation" ADD CONSTRAINT "map_allocation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "financial_institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "map_allocation" ADD CONSTRAINT "map_allocation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "financial_institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_smeId_fkey" FOREIGN KEY ("smeId") REFERENCES "sme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repayment" ADD CONSTRAINT "repayment_disbursementId_fkey" FOREIGN KEY ("disbursementId") REFERENCES "disbursement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repayment" ADD CONSTRAINT "repayment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_action" ADD CONSTRAINT "planned_action_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_action" ADD CONSTRAINT "planned_action_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "diagnosis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_action" ADD CONSTRAINT "planned_action_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "bds_provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_action" ADD CONSTRAINT "planned_action_matchedDeliveryId_fkey" FOREIGN KEY ("matchedDeliveryId") REFERENCES "service_delivery"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_action" ADD CONSTRAINT "planned_action_matchedDisbursementId_fkey" FOREIGN KEY ("matchedDisbursementId") REFERENCES "disbursement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_action" ADD CONSTRAINT "planned_action_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
