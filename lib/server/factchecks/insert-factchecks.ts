import { randomBytes } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { sqlName } from '@/lib/server/sql-name';
import type { factCheckRow } from './factcheck-row';

type Row = ReturnType<typeof factCheckRow>;

/** An id in the shape of Prisma's cuid() (a letter, then lower-case letters and digits), made here because the rows skip Prisma's client. */
function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(9).toString('hex')}`.slice(0, 25);
}

/**
 * Inserts a batch in one statement, skipping URLs the archive holds, and returns the URLs it
 * stored. The batch travels as one JSON parameter: a large import through Prisma's own
 * createMany costs memory per row that is never given back (its query engine's WebAssembly
 * memory grows), and thousands of bound parameters per batch.
 */
export async function insertFactChecks(tx: Tx, rows: readonly Row[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const batch = JSON.stringify(rows.map((row) => ({ ...row, id: newId() })));
  const stored = await tx.$queryRaw<Array<{ url: string }>>(Prisma.sql`
    INSERT INTO ${sqlName('ExternalFactCheck')} (
      "id", "url", "claimReviewed", "language", "ratingLabel", "ratingValue", "ratingBest", "ratingWorst",
      "authorName", "authorUrl", "claimAuthor", "claimDate", "reviewDate", "reviewBody",
      "quantities", "entities", "type", "matchKeys", "matchKeysVersion", "importedById")
    SELECT r."id", r."url", r."claimReviewed", r."language", r."ratingLabel", r."ratingValue", r."ratingBest", r."ratingWorst",
      r."authorName", r."authorUrl", r."claimAuthor", r."claimDate", r."reviewDate", r."reviewBody",
      COALESCE(r."quantities", '[]'), COALESCE(r."entities", '[]'), r."type"::${sqlName('ClaimType')},
      ARRAY(SELECT jsonb_array_elements_text(COALESCE(r."matchKeys", '[]'))), COALESCE(r."matchKeysVersion", 0), r."importedById"
    FROM jsonb_to_recordset(${batch}::jsonb) AS r(
      "id" text, "url" text, "claimReviewed" text, "language" text, "ratingLabel" text, "ratingValue" float8, "ratingBest" float8, "ratingWorst" float8,
      "authorName" text, "authorUrl" text, "claimAuthor" text, "claimDate" timestamp(3), "reviewDate" timestamp(3), "reviewBody" text,
      "quantities" jsonb, "entities" jsonb, "type" text, "matchKeys" jsonb, "matchKeysVersion" int, "importedById" text)
    ON CONFLICT ("url") DO NOTHING
    RETURNING "url"`);
  return new Set(stored.map(({ url }) => url));
}
