-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_score_idx" ON "Claim"("score");

-- CreateIndex
CREATE INDEX "Claim_dueAt_idx" ON "Claim"("dueAt");
