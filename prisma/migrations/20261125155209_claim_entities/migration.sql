-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "entities" JSONB NOT NULL DEFAULT '[]';
