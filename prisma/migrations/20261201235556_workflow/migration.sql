-- CreateEnum
CREATE TYPE "ExtractionStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "CrossCheckResult" AS ENUM ('CONFIRMED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ASSIGNED', 'HANDED_OVER', 'MENTIONED', 'RETURNED', 'CROSS_CHECK_REQUESTED', 'REVIEW_REQUESTED', 'APPROVED', 'REOPENED');

-- AlterEnum
BEGIN;
CREATE TYPE "ClaimStatus_new" AS ENUM ('CANDIDATE', 'REJECTED', 'OPEN', 'ASSIGNED', 'IN_RESEARCH', 'IN_CROSS_CHECK', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED');
ALTER TABLE "Claim" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Claim" ALTER COLUMN "status" TYPE "ClaimStatus_new" USING ((CASE "status"::text
  WHEN 'NEW' THEN 'CANDIDATE'
  WHEN 'DISMISSED' THEN 'REJECTED'
  WHEN 'CHANGES_REQUESTED' THEN 'RETURNED'
  ELSE "status"::text END)::"ClaimStatus_new");
ALTER TYPE "ClaimStatus" RENAME TO "ClaimStatus_old";
ALTER TYPE "ClaimStatus_new" RENAME TO "ClaimStatus";
DROP TYPE "ClaimStatus_old";
ALTER TABLE "Claim" ALTER COLUMN "status" SET DEFAULT 'CANDIDATE';
COMMIT;

-- DropIndex
DROP INDEX "Source_claimId_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractedAt" TIMESTAMP(3),
ADD COLUMN     "extractionError" TEXT,
ADD COLUMN     "extractionStatus" "ExtractionStatus" NOT NULL DEFAULT 'QUEUED';

-- Articles stored before the job queue had their claims extracted on save.
UPDATE "Article" SET "extractionStatus" = 'DONE', "extractedAt" = "createdAt";

-- The fixed rating enum becomes the newsroom's rating scale.
ALTER TYPE "Rating" RENAME TO "Rating_old";

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelDe" TEXT NOT NULL,
    "value" INTEGER,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

INSERT INTO "Rating" ("id", "key", "labelEn", "labelDe", "value", "position", "updatedAt") VALUES
  ('rating-true', 'true', 'True', 'Richtig', 6, 1, CURRENT_TIMESTAMP),
  ('rating-mostly-true', 'mostly-true', 'Mostly true', 'Größtenteils richtig', 5, 2, CURRENT_TIMESTAMP),
  ('rating-missing-context', 'missing-context', 'Missing context', 'Fehlender Kontext', 4, 3, CURRENT_TIMESTAMP),
  ('rating-partly-false', 'partly-false', 'Partly false', 'Teilweise falsch', 3, 4, CURRENT_TIMESTAMP),
  ('rating-mostly-false', 'mostly-false', 'Mostly false', 'Größtenteils falsch', 2, 5, CURRENT_TIMESTAMP),
  ('rating-false', 'false', 'False', 'Falsch', 1, 6, CURRENT_TIMESTAMP),
  ('rating-unproven', 'unproven', 'Unproven', 'Unbelegt', NULL, 7, CURRENT_TIMESTAMP);

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "addedById" TEXT,
ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "ratingId" TEXT,
ADD COLUMN     "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "statusChangedById" TEXT,
ADD COLUMN     "verdictById" TEXT,
ALTER COLUMN "status" SET DEFAULT 'CANDIDATE';

UPDATE "Claim" SET "ratingId" = CASE "rating"::text
  WHEN 'TRUE' THEN 'rating-true'
  WHEN 'MOSTLY_TRUE' THEN 'rating-mostly-true'
  WHEN 'HALF_TRUE' THEN 'rating-partly-false'
  WHEN 'MISLEADING' THEN 'rating-missing-context'
  WHEN 'MOSTLY_FALSE' THEN 'rating-mostly-false'
  WHEN 'FALSE' THEN 'rating-false'
  WHEN 'UNPROVEN' THEN 'rating-unproven'
END
WHERE "rating" IS NOT NULL;

ALTER TABLE "Claim" DROP COLUMN "rating";
DROP TYPE "Rating_old";

-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "parentId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Source" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "NewsroomSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "crossCheckEnabled" BOOLEAN NOT NULL DEFAULT false,
    "organisationName" TEXT NOT NULL DEFAULT 'Factdesk',
    "organisationUrl" TEXT,
    "logoUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsroomSettings_pkey" PRIMARY KEY ("id")
);

INSERT INTO "NewsroomSettings" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP);

-- CreateTable
CREATE TABLE "CrossCheck" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "checkerId" TEXT NOT NULL,
    "verdict" "CrossCheckResult" NOT NULL,
    "comment" TEXT NOT NULL,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CrossCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" "NotificationKind" NOT NULL,
    "claimId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Rating_key_key" ON "Rating"("key");

-- CreateIndex
CREATE INDEX "Rating_position_idx" ON "Rating"("position");

-- CreateIndex
CREATE INDEX "CrossCheck_claimId_createdAt_idx" ON "CrossCheck"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_createdAt_idx" ON "Notification"("recipientId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_status_statusChangedAt_idx" ON "Claim"("status", "statusChangedAt");

-- CreateIndex
CREATE INDEX "Claim_status_dueAt_idx" ON "Claim"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Claim_ratingId_idx" ON "Claim"("ratingId");

-- CreateIndex
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");

-- CreateIndex
CREATE INDEX "Source_claimId_position_idx" ON "Source"("claimId", "position");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_statusChangedById_fkey" FOREIGN KEY ("statusChangedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_verdictById_fkey" FOREIGN KEY ("verdictById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossCheck" ADD CONSTRAINT "CrossCheck_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossCheck" ADD CONSTRAINT "CrossCheck_checkerId_fkey" FOREIGN KEY ("checkerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;
