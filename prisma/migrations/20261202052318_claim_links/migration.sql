-- Claim links (an editor's "already checked"), where a copied source came from, and a fact-check's explanation (issue 11).

-- AlterTable
ALTER TABLE "ExternalFactCheck" ADD COLUMN     "reviewBody" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "copiedFromClaimId" TEXT,
ADD COLUMN     "copiedFromFactCheckId" TEXT;

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "linkedClaimId" TEXT,
    "factCheckId" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "linkedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id"),
    -- Prisma cannot say these; the schema's comment does.
    CONSTRAINT "ClaimLink_one_target" CHECK (("linkedClaimId" IS NULL) <> ("factCheckId" IS NULL)),
    CONSTRAINT "ClaimLink_not_itself" CHECK ("linkedClaimId" IS DISTINCT FROM "claimId")
);

-- CreateIndex
CREATE INDEX "ClaimLink_linkedClaimId_idx" ON "ClaimLink"("linkedClaimId");

-- CreateIndex
CREATE INDEX "ClaimLink_factCheckId_idx" ON "ClaimLink"("factCheckId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_claimId_linkedClaimId_key" ON "ClaimLink"("claimId", "linkedClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_claimId_factCheckId_key" ON "ClaimLink"("claimId", "factCheckId");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_copiedFromClaimId_fkey" FOREIGN KEY ("copiedFromClaimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_copiedFromFactCheckId_fkey" FOREIGN KEY ("copiedFromFactCheckId") REFERENCES "ExternalFactCheck"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_linkedClaimId_fkey" FOREIGN KEY ("linkedClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_factCheckId_fkey" FOREIGN KEY ("factCheckId") REFERENCES "ExternalFactCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
