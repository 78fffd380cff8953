-- Archive matching (issue 11): trigram similarity, full text in each row's language, and
-- language-free match keys, each with a GIN index so candidates come from an index at archive scale.
-- In public, so that a database holding several schemas (the integration tests) shares one
-- copy and dropping a schema never takes the extension and every trigram index with it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The full-text configuration for a language code: German and English stem, anything else is
-- split into words only. Immutable, so generated columns and indexes may call it.
CREATE FUNCTION factdesk_search_config(language TEXT) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lower(split_part(language, '-', 1))
    WHEN 'de' THEN 'german'::regconfig
    WHEN 'en' THEN 'english'::regconfig
    ELSE 'simple'::regconfig
  END
$$;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "matchKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "matchKeysVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "searchVector" tsvector;

-- A claim's language is its article's: a generated column cannot read another table, so a
-- trigger keeps the vector whenever a claim is written or moves to another article.
-- SET search_path FROM CURRENT: the trigger finds "Article" in the schema it was created in,
-- whatever the writing session's search_path.
CREATE FUNCTION factdesk_claim_search_vector() RETURNS trigger LANGUAGE plpgsql
  SET search_path FROM CURRENT AS $$
BEGIN
  NEW."searchVector" := to_tsvector(
    factdesk_search_config((SELECT "language" FROM "Article" WHERE "id" = NEW."articleId")),
    NEW."text");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Claim_searchVector"
  BEFORE INSERT OR UPDATE OF "text", "articleId" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION factdesk_claim_search_vector();

UPDATE "Claim" AS c SET "searchVector" = to_tsvector(factdesk_search_config(a."language"), c."text")
  FROM "Article" AS a WHERE a."id" = c."articleId";

-- CreateTable
CREATE TABLE "ExternalFactCheck" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "ratingLabel" TEXT,
    "ratingValue" DOUBLE PRECISION,
    "ratingBest" DOUBLE PRECISION,
    "ratingWorst" DOUBLE PRECISION,
    "authorName" TEXT NOT NULL,
    "authorUrl" TEXT,
    "claimAuthor" TEXT,
    "claimDate" TIMESTAMP(3),
    "reviewDate" TIMESTAMP(3),
    "quantities" JSONB NOT NULL DEFAULT '[]',
    "entities" JSONB NOT NULL DEFAULT '[]',
    "type" "ClaimType",
    "matchKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "matchKeysVersion" INTEGER NOT NULL DEFAULT 0,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector(factdesk_search_config("language"), "claimReviewed")) STORED,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExternalFactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExternalFactCheck_url_key" ON "ExternalFactCheck"("url");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_claimReviewed_idx" ON "ExternalFactCheck" USING GIN ("claimReviewed" public.gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ExternalFactCheck_matchKeys_idx" ON "ExternalFactCheck" USING GIN ("matchKeys");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_searchVector_idx" ON "ExternalFactCheck" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_createdAt_idx" ON "ExternalFactCheck"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_text_idx" ON "Claim" USING GIN ("text" public.gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_matchKeys_idx" ON "Claim" USING GIN ("matchKeys");

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "ExternalFactCheck" ADD CONSTRAINT "ExternalFactCheck_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
