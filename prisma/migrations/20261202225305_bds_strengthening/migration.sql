-- CreateTable
CREATE TABLE "bds_strengthening" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "status" "AgendaStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "statusDate" DATE,
    "note" TEXT,
    "evidenceKey" TEXT,
    "evidenceFileName" TEXT,
    "evidenceContentType" TEXT,
    "evidenceSize" INTEGER,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bds_strengthening_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "bds_strengthening_providerId_key" ON "bds_strengthening"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "bds_strengthening_evidenceKey_key" ON "bds_strengthening"("evidenceKey");

-- CreateIndex
CREATE INDEX "bds_strengthening_status_idx" ON "bds_strengthening"("status");

-- CreateIndex
CREATE INDEX "bds_strengthening_recordedById_idx" ON "bds_strengthening"("recordedById");

-- AddForeignKey
ALTER TABLE "bds_strengthening" ADD CONSTRAINT "bds_strengthening_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "bds_provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bds_strengthening" ADD CONSTRAINT "bds_strengthening_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
