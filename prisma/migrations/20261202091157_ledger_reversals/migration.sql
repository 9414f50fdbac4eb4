-- AlterTable
ALTER TABLE "service_delivery" ADD COLUMN     "reversalReason" TEXT,
ADD COLUMN     "reversesId" TEXT;

-- AlterTable
ALTER TABLE "map_allocation" ADD COLUMN     "reversalReason" TEXT,
ADD COLUMN     "reversesId" TEXT;

-- AlterTable
ALTER TABLE "disbursement" ADD COLUMN     "reversalReason" TEXT,
ADD COLUMN     "reversesId" TEXT;

-- AlterTable
ALTER TABLE "repayment" ADD COLUMN     "reversalReason" TEXT,
ADD COLUMN     "reversesId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "service_delivery_reversesId_key" ON "service_delivery"("reversesId");

-- CreateIndex
CREATE UNIQUE INDEX "map_allocation_reversesId_key" ON "map_allocation"("reversesId");

-- CreateIndex
CREATE UNIQUE INDEX "disbursement_reversesId_key" ON "disbursement"("reversesId");

-- CreateIndex
CREATE UNIQUE INDEX "repayment_reversesId_key" ON "repayment"("reversesId");

-- AddForeignKey
ALTER TABLE "service_delivery" ADD CONSTRAINT "service_delivery_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "service_delivery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "map_allocation" ADD CONSTRAINT "map_allocation_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "map_allocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "disbursement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repayment" ADD CONSTRAINT "repayment_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "repayment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
