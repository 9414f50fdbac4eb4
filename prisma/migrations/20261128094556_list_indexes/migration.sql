-- DropIndex
DROP INDEX "cluster_provinceCode_idx";

-- DropIndex
DROP INDEX "sme_clusterId_status_idx";

-- CreateIndex
CREATE INDEX "cluster_provinceCode_status_name_id_idx" ON "cluster"("provinceCode", "status", "name", "id");

-- CreateIndex
CREATE INDEX "cluster_status_name_id_idx" ON "cluster"("status", "name", "id");

-- CreateIndex
CREATE INDEX "sme_clusterId_status_businessName_idx" ON "sme"("clusterId", "status", "businessName");

-- CreateIndex
CREATE INDEX "sme_status_businessName_id_idx" ON "sme"("status", "businessName", "id");
