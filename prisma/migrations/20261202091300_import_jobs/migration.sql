-- AlterEnum
ALTER TYPE "ImportStatus" ADD VALUE 'QUEUED';

-- AlterTable
ALTER TABLE "import_batch" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "jobInput" JSONB;
