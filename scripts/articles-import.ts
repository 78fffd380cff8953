import './support/load-env';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { createTranslator } from 'next-intl';
import { applyMigrations } from '@/lib/database/migrate';
import { AppError, type FieldErrors } from '@/lib/errors/app-error';
import { zodFieldErrors } from '@/lib/errors/zod-field-errors';
import en from '@/lib/i18n/messages/en.json';
import { articleFileKind } from '@/lib/intake/article-file-kind';
import { readArticleFile } from '@/lib/intake/read-article-file';
import { articleSchema, type ArticleInput } from '@/lib/validations/article';
import { progressBar } from './support/progress-bar';
import { runCli } from './support/run-cli';
import { openSharedDatabase } from './support/shared-database';

const USAGE = `Usage: npm run articles:import -- <folder | articles.jsonl | article.docx> [--as editor@example.org]
  A folder: one article per .txt, .md, .html or .docx file in it (the file name is the title
  unless the page has one). A .jsonl file: one JSON object per line with "title" and "body",
  and optionally "outlet", "author", "url", "publishedAt" (YYYY-MM-DD) and "language" (de, en).
  --as names the account the articles are added by (an editor or admin; the first admin if omitted).`;

const t = createTranslator({ locale: 'en', messages: en, namespace: 'errors' });

/** One article to import, or why it cannot be. */
type Item = { source: string; read: () => Promise<unknown> };

function describe(fieldErrors: FieldErrors): string {
  return Object.entries(fieldErrors)
    .map(([field, { key, values }]) => `${field}: ${t(key as never, values as never)}`)
    .join('; ');
}

async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) if (line.trim()) count++;
  return count;
}

async function* jsonLines(file: string): AsyncGenerator<Item> {
  let number = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    number++;
    if (!line.trim()) continue;
    yield {
      source: `line ${number}`,
      read: async () => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          throw new AppError('INVALID', undefined, { line: { key: 'validation.invalid' } });
        }
      },
    };
  }
}

function fileItem(file: string): Item {
  return {
    source: path.basename(file),
    read: async () => {
      const draft = await readArticleFile({ name: path.basename(file), bytes: fs.readFileSync(file) });
      return { ...draft, language: 'auto' };
    },
  };
}

/** What the argument names: its articles, one at a time, and how many there are. */
async function articlesIn(target: string): Promise<{ total: number; items: AsyncIterable<Item> }> {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${target} does not exist.\n${USAGE}`);
  if (stat.isDirectory()) {
    const files = fs
      .readdirSync(target, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => path.join(target, entry.name))
      .sort();
    return { total: files.length, items: (async function* () { yield* files.map(fileItem); })() };
  }
  if (target.toLowerCase().endsWith('.jsonl')) return { total: await countLines(target), items: jsonLines(target) };
  if (articleFileKind(target)) return { total: 1, items: (async function* () { yield fileItem(target); })() };
  throw new Error(`${target} is neither a folder, a .jsonl file nor an article file.\n${USAGE}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { as: { type: 'string' } }, allowPositionals: true });
  const [target] = positionals;
  if (!target || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const { total, items } = await articlesIn(target);

  const database = await openSharedDatabase();
  process.env.DATABASE_URL = database.url;
  if (database.opened) await applyMigrations(database.url, database.kind);
  const [{ db }, { closeJobQueue }, { createArticle }, { findCommandLineUser }] = await Promise.all([
    import('@/lib/db'),
    import('@/lib/server/jobs/job-queue'),
    import('@/lib/server/articles/create-article'),
    import('@/lib/server/users/find-command-line-user'),
  ]);
  try {
    const user = await findCommandLineUser(values.as, 'article:create', 'may not add articles: name an editor or an admin with --as.');
    console.log(`Importing ${total} article(s) as ${user.email}…`);
    const bar = progressBar(total);
    let imported = 0;
    const refused: string[] = [];
    for await (const item of items) {
      try {
        const parsed = articleSchema.safeParse(await item.read());
        if (!parsed.success) throw new AppError('INVALID', undefined, zodFieldErrors(parsed.error));
        await createArticle(parsed.data satisfies ArticleInput, user.id);
        imported++;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'INVALID')) throw error;
        refused.push(`  ${item.source}: ${describe(error.fieldErrors ?? {})}`);
      }
      bar.tick(item.source);
    }
    bar.done();
    console.log(`Imported ${imported}, refused ${refused.length}.`);
    if (refused.length) console.log(['Refused:', ...refused].join('\n'));
    if (imported) {
      console.log(
        database.opened
          ? 'Their claims are extracted when Factdesk next runs (npm start) or by npm run worker.'
          : 'The job worker extracts their claims in the background; each article page shows its progress.',
      );
    }
    return refused.length ? 1 : 0;
  } finally {
    await Promise.all([db.$disconnect(), closeJobQueue()]);
    await database.stop();
  }
}

runCli(main);
