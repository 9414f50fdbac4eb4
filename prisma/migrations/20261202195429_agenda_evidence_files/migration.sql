-- AlterTable
ALTER TABLE "cluster_savings_service" ADD COLUMN     "evidenceContentType" TEXT,
ADD COLUMN     "evidenceFileName" TEXT,
ADD COLUMN     "evidenceSize" INTEGER;

-- AlterTable
ALTER TABLE "sme_organisation" ADD COLUMN     "evidenceContentType" TEXT,
ADD COLUMN     "evidenceFileName" TEXT,
ADD COLUMN     "evidenceKey" TEXT,
ADD COLUMN     "evidenceSize" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "cluster_savings_service_evidenceKey_key" ON "cluster_savings_service"("evidenceKey");

-- CreateIndex
CREATE UNIQUE INDEX "sme_organisation_evidenceKey_key" ON "sme_organisation"("evidenceKey");
