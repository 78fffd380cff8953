import './support/load-env';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTranslator } from 'next-intl';
import { applyMigrations } from '@/lib/database/migrate';
import { describePlace, describeProblem, describeRefusal, byteSize, type ImportTranslator } from '@/lib/factchecks/describe-import';
import en from '@/lib/i18n/messages/en.json';
import type { ByteChunks } from '@/lib/server/factchecks/factcheck-file';
import { progressBar, type ProgressBar } from './support/progress-bar';
import { runCli } from './support/run-cli';
import { openSharedDatabase } from './support/shared-database';

const USAGE = `Usage: npm run factchecks:import -- <file> [--as admin@example.org]
  Imports other fact-checkers' published verdicts (schema.org ClaimReview) from
  a JSON array (.json), JSON Lines (.jsonl: one object per line) or saved HTML pages
  (.html: their application/ld+json blocks; several pages one after another are fine).
  Duplicates by URL are skipped, invalid records refused with the reason; a truncated or
  malformed file imports nothing. --as names the admin it is recorded as (default: the first admin).`;

/** The whole file would take hours only when something is wrong; until then it is one transaction. */
const TRANSACTION_TIMEOUT_MS = 6 * 60 * 60 * 1000;

const translate = createTranslator({ locale: 'en', messages: en, namespace: 'matching.import' });
const t: ImportTranslator = Object.assign((key: string, values?: Record<string, string | number>) => translate(key as never, values as never), {
  has: (key: string) => translate.has(key as never),
});

/** The file's bytes, moving the progress bar as they are read (and so as they are imported). */
async function* counted(file: string, bar: ProgressBar): ByteChunks {
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    bar.advance((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { as: { type: 'string' } }, allowPositionals: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new Error(`${file} is not a file.\n${USAGE}`);

  const database = await openSharedDatabase();
  process.env.DATABASE_URL = database.url;
  if (database.opened) await applyMigrations(database.url, database.kind);
  const [{ db }, { importFactChecks }, { findCommandLineUser }] = await Promise.all([
    import('@/lib/db'),
    import('@/lib/server/factchecks/import-factchecks'),
    import('@/lib/server/users/find-command-line-user'),
  ]);
  try {
    const user = await findCommandLineUser(values.as, 'factcheck:import', 'may not import fact-checks: name an admin with --as.');
    console.log(`Importing fact-checks from ${path.basename(file)} (${byteSize(stat.size)}) as ${user.email}…`);
    const bar = progressBar(stat.size, { format: byteSize });
    const outcome = await importFactChecks({ name: path.basename(file), chunks: counted(file, bar), importedById: user.id, timeoutMs: TRANSACTION_TIMEOUT_MS });
    bar.done();
    if (!outcome.ok) {
      console.error(`${describeProblem(t, outcome.problem)}\n${t('failed')}`);
      return 1;
    }
    const { summary } = outcome;
    const format = t(`formats.${summary.format}`);
    console.log(t('summary', { format, imported: summary.imported, skipped: summary.skippedCount, refused: summary.refusedCount }));
    const list = (title: string, lines: string[], count: number) => {
      if (!count) return;
      console.log([`${title}:`, ...lines.map((line) => `  ${line}`), ...(count > lines.length ? [`  ${t('andMore', { count: count - lines.length })}`] : [])].join('\n'));
    };
    list(t('skippedTitle'), summary.skipped.map(({ place, url }) => `${describePlace(t, summary.format, place)}: ${url}`), summary.skippedCount);
    list(t('refusedTitle'), summary.refused.map(({ place, reason, field }) => `${describePlace(t, summary.format, place)}: ${describeRefusal(t, reason, field)}`), summary.refusedCount);
    return summary.refusedCount ? 1 : 0;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

runCli(main);
