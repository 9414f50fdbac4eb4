-- CreateTable
CREATE TABLE "sme_organisation_member" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "smeId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sme_organisation_member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sme_organisation_member_smeId_idx" ON "sme_organisation_member"("smeId");

-- CreateIndex
CREATE UNIQUE INDEX "sme_organisation_member_organisationId_smeId_key" ON "sme_organisation_member"("organisationId", "smeId");

-- AddForeignKey
ALTER TABLE "sme_organisation_member" ADD CONSTRAINT "sme_organisation_member_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "sme_organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sme_organisation_member" ADD CONSTRAINT "sme_organisation_member_smeId_fkey" FOREIGN KEY ("smeId") REFERENCES "sme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
