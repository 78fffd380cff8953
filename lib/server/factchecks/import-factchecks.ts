import { randomUUID } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import type { FactCheckFileFormat, FileProblem, RecordPlace } from '@/lib/factchecks/factcheck-file';
import { readClaimReview } from '@/lib/matching/factchecks/read-claim-review';
import type { FactCheckRefusal } from '@/lib/matching/match-types';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { sqlName } from '@/lib/server/sql-name';
import { FactCheckFileError, type ByteChunks } from './factcheck-file';
import { factCheckRow } from './factcheck-row';
import { insertFactChecks } from './insert-factchecks';
import { readFactCheckFile } from './read-factcheck-file';

/** Rows sent to the database at once. */
const BATCH = 500;
/** The summary lists this many skipped and refused records; the counts are always whole. */
export const LISTED = 200;

export interface SkippedRecord {
  place: RecordPlace;
  url: string;
}

export interface RefusedRecord {
  place: RecordPlace;
  reason: FactCheckRefusal;
  /** The field the reason is about ("url", "author.url"…). */
  field: string;
}

export interface ImportSummary {
  format: FactCheckFileFormat;
  imported: number;
  /** Already in the archive, or earlier in the same file (same URL). */
  skippedCount: number;
  skipped: SkippedRecord[];
  refusedCount: number;
  refused: RefusedRecord[];
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problem: FileProblem };

export interface ImportInput {
  /** The file's name: its extension helps tell the format. */
  name: string;
  chunks: ByteChunks;
  importedById: string;
  /** How long the one transaction may stay open (a large file from the command line takes minutes). */
  timeoutMs?: number;
}

type Row = ReturnType<typeof factCheckRow>;

/** Stores a batch, skipping URLs the archive has (including rows this import stored already). */
async function store(tx: Tx, batch: Array<{ row: Row; place: RecordPlace }>, summary: ImportSummary) {
  if (!batch.length) return;
  const storedUrls = await insertFactChecks(tx, batch.map(({ row }) => row));
  summary.imported += storedUrls.size;
  for (const { row, place } of batch) {
    if (storedUrls.has(row.url)) continue;
    summary.skippedCount++;
    if (summary.skipped.length < LISTED) summary.skipped.push({ place, url: row.url });
  }
}

/**
 * Imports a file of schema.org ClaimReview records as external fact-checks: each record
 * validated, the valid ones stored, duplicates by URL skipped, the invalid ones refused with
 * their reason. All in one transaction that reads the file as it goes: a file that turns out
 * truncated or malformed leaves nothing behind, only the problem and where it is.
 */
export async function importFactChecks(input: ImportInput): Promise<ImportOutcome> {
  try {
    const summary = await db.$transaction(
      async (tx) => {
        const { format, records } = await readFactCheckFile(input.name, input.chunks);
        const summary: ImportSummary = { format, imported: 0, skippedCount: 0, skipped: [], refusedCount: 0, refused: [] };
        let batch: Array<{ row: Row; place: RecordPlace }> = [];
        const inBatch = new Set<string>();
        for await (const { value, place, unreadable } of records) {
          const reviewed = unreadable ? ({ ok: false, reason: 'invalid-json-ld', field: 'application/ld+json' } as const) : readClaimReview(value);
          if (!reviewed.ok) {
            summary.refusedCount++;
            if (summary.refused.length < LISTED) summary.refused.push({ place, reason: reviewed.reason, field: reviewed.field });
            continue;
          }
          // The same URL twice in one batch: the database would keep the first; say so for the second.
          if (inBatch.has(reviewed.factCheck.url)) {
            summary.skippedCount++;
            if (summary.skipped.length < LISTED) summary.skipped.push({ place, url: reviewed.factCheck.url });
            continue;
          }
          inBatch.add(reviewed.factCheck.url);
          batch.push({ row: factCheckRow(reviewed.factCheck, input.importedById), place });
          if (batch.length >= BATCH) {
            await store(tx, batch, summary);
            batch = [];
            inBatch.clear();
          }
        }
        await store(tx, batch, summary);
        // Duplicates within a batch are found before those the database finds: back into file order.
        summary.skipped.sort((a, b) => a.place.record - b.place.record);
        await recordAuditEvent(tx, {
          actorId: input.importedById,
          entityType: 'ExternalFactCheck',
          entityId: `import-${randomUUID()}`,
          action: 'factchecks.imported',
          after: { file: input.name, format, imported: summary.imported, skipped: summary.skippedCount, refused: summary.refusedCount },
        });
        return summary;
      },
      { timeout: input.timeoutMs ?? 60_000, maxWait: 10_000 },
    );
    // The candidate query picks rare terms from the planner's statistics. Autovacuum would refresh
    // them some time after a large import; the embedded database has no autovacuum at all.
    if (summary.imported > 0) await db.$executeRaw`ANALYZE ${sqlName('ExternalFactCheck')}`;
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof FactCheckFileError) return { ok: false, problem: error.problem };
    throw error;
  }
}
