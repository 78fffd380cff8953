-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "claimIds" TEXT[],
ADD COLUMN     "headline" TEXT NOT NULL,
ADD COLUMN     "language" "Locale" NOT NULL,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "summary" TEXT NOT NULL,
ADD COLUMN     "unpublishReason" TEXT,
ADD COLUMN     "unpublishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReportVersion" ADD COLUMN     "headline" TEXT NOT NULL,
ADD COLUMN     "language" "Locale" NOT NULL;

-- CreateIndex
CREATE INDEX "Report_publishedAt_idx" ON "Report"("publishedAt");
