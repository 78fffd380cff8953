import { Prisma } from '@/generated/prisma/client';
import type { Entity, Quantity } from '@/lib/claims/types';
import { db } from '@/lib/db';
import { MATCH_KEYS_VERSION } from '@/lib/matching/match-keys';
import { matchTextOf } from '@/lib/matching/match-text-of';
import { claimMatchKeys } from '@/lib/server/claims/claim-match-keys';
import { sqlName } from '@/lib/server/sql-name';

interface KeyRow {
  id: string;
  text: string;
  language: string;
  quantities: unknown;
  entities: unknown;
}

export interface BackfillOptions {
  batchSize?: number;
  /** Asked between batches: a worker that is stopping leaves the rest to the next start. */
  shouldStop?: () => boolean;
}

const asList = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * Gives every claim and external fact-check the match keys of the current rules: rows stored
 * before matching existed (version 0) or under older rules. Batches of `batchSize`, each one read
 * and one update, not a transaction: the keys follow from the row alone, so two workers that
 * happen to key the same row write the same keys, and a long-held transaction would stall the
 * embedded database's single session for everyone else. A stop loses at most one batch.
 */
export async function backfillMatchKeys({ batchSize = 500, shouldStop = () => false }: BackfillOptions = {}) {
  const done = { claims: 0, factChecks: 0 };
  const claim = sqlName('Claim');
  const article = sqlName('Article');
  const factCheck = sqlName('ExternalFactCheck');
  const tables: Array<{ counter: keyof typeof done; table: Prisma.Sql; select: Prisma.Sql; keysOf: (row: KeyRow) => string[] }> = [
    {
      counter: 'claims',
      // As at their writing: the extractor's reading of the claim in its article, stored on the row.
      keysOf: (row) => claimMatchKeys({ text: row.text, language: row.language, quantities: asList<Quantity>(row.quantities), entities: asList<Entity>(row.entities) }).matchKeys,
      table: claim,
      select: Prisma.sql`
        SELECT c.id, c.text, a.language, c.quantities, c.entities FROM ${claim} c JOIN ${article} a ON a.id = c."articleId"
        WHERE c."matchKeysVersion" < ${MATCH_KEYS_VERSION} ORDER BY c.id LIMIT ${batchSize}`,
    },
    {
      counter: 'factChecks',
      // A fact-check's wording stands alone: read afresh, as the import reads it.
      keysOf: (row) => claimMatchKeys(matchTextOf(row.text, row.language)).matchKeys,
      table: factCheck,
      select: Prisma.sql`
        SELECT f.id, f."claimReviewed" AS text, f.language, f.quantities, f.entities FROM ${factCheck} f
        WHERE f."matchKeysVersion" < ${MATCH_KEYS_VERSION} ORDER BY f.id LIMIT ${batchSize}`,
    },
  ];
  for (const { counter, table, select, keysOf } of tables) {
    while (!shouldStop()) {
      const rows = await db.$queryRaw<KeyRow[]>(select);
      if (rows.length === 0) break;
      const keyed = rows.map((row) => ({ id: row.id, keys: keysOf(row) }));
      // Not a change anyone made: no new version, no audit event.
      await db.$executeRaw`
        UPDATE ${table} AS t SET "matchKeys" = k.keys, "matchKeysVersion" = ${MATCH_KEYS_VERSION}
        FROM jsonb_to_recordset(${JSON.stringify(keyed)}::jsonb) AS k(id text, keys text[])
        WHERE t.id = k.id AND t."matchKeysVersion" < ${MATCH_KEYS_VERSION}`;
      done[counter] += rows.length;
      if (rows.length < batchSize) break;
    }
  }
  return done;
}
