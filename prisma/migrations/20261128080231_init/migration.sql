-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'STAFF', 'CONSULTANT', 'MANAGER');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('id', 'en');

-- CreateEnum
CREATE TYPE "ClusterStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('SURVIVAL', 'ADVANCE', 'MATURE');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "SmeStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'id',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastLoginAt" TIMESTAMP(3),
    "bdsProviderId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "province" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "regency" (
    "code" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "regency_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "district" (
    "code" TEXT NOT NULL,
    "regencyCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "district_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "village" (
    "code" TEXT NOT NULL,
    "districtCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "village_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "bds_provider" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" TEXT,
    "provinceCode" TEXT NOT NULL,
    "address" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bds_provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "commodity" TEXT NOT NULL,
    "kbliCode" TEXT,
    "provinceCode" TEXT NOT NULL,
    "regencyCode" TEXT,
    "districtCode" TEXT,
    "villageCode" TEXT,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "yearEstablished" INTEGER,
    "workerCount" INTEGER NOT NULL DEFAULT 0,
    "productionVolume" BIGINT,
    "productionUnit" TEXT,
    "productionValue" BIGINT,
    "exportSharePct" INTEGER,
    "localMaterialSharePct" INTEGER,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "bdsProviderId" TEXT,
    "notes" TEXT,
    "status" "ClusterStatus" NOT NULL DEFAULT 'ACTIVE',
    "isDesignated" BOOLEAN NOT NULL DEFAULT false,
    "currentStage" "Stage",
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sme" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "businessName" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "ownerGender" "Gender",
    "nib" TEXT,
    "legalForm" TEXT,
    "yearStarted" INTEGER,
    "workerCount" INTEGER NOT NULL DEFAULT 0,
    "annualTurnover" BIGINT,
    "assets" BIGINT,
    "mainProducts" TEXT,
    "subcontractTo" TEXT,
    "phone" TEXT,
    "status" "SmeStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultant_assignment" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "consultantId" TEXT NOT NULL,
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "consultant_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "user_bdsProviderId_idx" ON "user"("bdsProviderId");

-- CreateIndex
CREATE INDEX "user_role_idx" ON "user"("role");

-- CreateIndex
CREATE INDEX "regency_provinceCode_idx" ON "regency"("provinceCode");

-- CreateIndex
CREATE INDEX "district_regencyCode_idx" ON "district"("regencyCode");

-- CreateIndex
CREATE INDEX "village_districtCode_idx" ON "village"("districtCode");

-- CreateIndex
CREATE UNIQUE INDEX "bds_provider_name_key" ON "bds_provider"("name");

-- CreateIndex
CREATE INDEX "bds_provider_provinceCode_idx" ON "bds_provider"("provinceCode");

-- CreateIndex
CREATE INDEX "cluster_provinceCode_idx" ON "cluster"("provinceCode");

-- CreateIndex
CREATE INDEX "cluster_regencyCode_idx" ON "cluster"("regencyCode");

-- CreateIndex
CREATE INDEX "cluster_districtCode_idx" ON "cluster"("districtCode");

-- CreateIndex
CREATE INDEX "cluster_villageCode_idx" ON "cluster"("villageCode");

-- CreateIndex
CREATE INDEX "cluster_bdsProviderId_idx" ON "cluster"("bdsProviderId");

-- CreateIndex
CREATE INDEX "cluster_status_currentStage_idx" ON "cluster"("status", "currentStage");

-- CreateIndex
CREATE INDEX "cluster_commodity_idx" ON "cluster"("commodity");

-- CreateIndex
CREATE UNIQUE INDEX "sme_nib_key" ON "sme"("nib");

-- CreateIndex
CREATE INDEX "sme_clusterId_idx" ON "sme"("clusterId");

-- CreateIndex
CREATE INDEX "consultant_assignment_clusterId_idx" ON "consultant_assignment"("clusterId");

-- CreateIndex
CREATE INDEX "consultant_assignment_assignedById_idx" ON "consultant_assignment"("assignedById");

-- CreateIndex
CREATE UNIQUE INDEX "consultant_assignment_consultantId_clusterId_key" ON "consultant_assignment"("consultantId", "clusterId");

-- CreateIndex
CREATE INDEX "audit_log_actorId_idx" ON "audit_log"("actorId");

-- CreateIndex
CREATE INDEX "audit_log_entityType_entityId_idx" ON "audit_log"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "audit_log_createdAt_idx" ON "audit_log"("createdAt");

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_bdsProviderId_fkey" FOREIGN KEY ("bdsProviderId") REFERENCES "bds_provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regency" ADD CONSTRAINT "regency_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "district" ADD CONSTRAINT "district_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "regency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "village" ADD CONSTRAINT "village_districtCode_fkey" FOREIGN KEY ("districtCode") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bds_provider" ADD CONSTRAINT "bds_provider_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "regency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_districtCode_fkey" FOREIGN KEY ("districtCode") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_bdsProviderId_fkey" FOREIGN KEY ("bdsProviderId") REFERENCES "bds_provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sme" ADD CONSTRAINT "sme_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_consultantId_fkey" FOREIGN KEY ("consultantId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
