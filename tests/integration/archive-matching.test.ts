import { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { extractArticleClaims } from '@/lib/server/articles/extract-article-claims';
import { addClaim } from '@/lib/server/claims/add-claim';
import { MATCH_KEYS_VERSION } from '@/lib/matching/match-keys';
import { claimScopeFor, claimScopeSql } from '@/lib/server/claims/claim-scope';
import { mergeClaims } from '@/lib/server/claims/merge-claims';
import { rewordClaim } from '@/lib/server/claims/reword-claim';
import { backfillMatchKeys } from '@/lib/server/matching/backfill-match-keys';
import { findMatches } from '@/lib/server/matching/find-matches';
import { listStrongMatches } from '@/lib/server/matching/list-strong-matches';
import { sqlName } from '@/lib/server/sql-name';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { createArchiveArticle, createArchiveClaim, createExternalFactCheck } from '../support/archive-factories';
import { createTestClaim } from '../support/claim-factories';
import { createTestArticle, createTestUser } from '../support/factories';

const SUBJECT = 'Kasachstan hat 2024 rund 2 Millionen Euro für neue Radwege ausgegeben.';
const SAME_LANGUAGE = 'Für neue Radwege gab Kasachstan im Jahr 2024 knapp zwei Millionen Euro aus.';
const ACROSS_LANGUAGES = 'Kazakhstan spent about two million euros on new cycle lanes in 2024.';
const UNRELATED = 'Die Bahn hat 2019 in Kenia 40 Brücken über den Fluss gebaut.';

let editor: PublicUser;
let checker: PublicUser;
let colleague: PublicUser;
let subject: { id: string; version: number };
let unrelated: { id: string };
let archived: { id: string };
let colleagueClaim: { id: string };
let sameArticle: { id: string };
let candidate: { id: string };
let rejected: { id: string };
let factCheck: { id: string };

beforeAll(async () => {
  [editor, checker, colleague] = await Promise.all([createTestUser('EDITOR'), createTestUser('FACT_CHECKER'), createTestUser('FACT_CHECKER')]);
  const today = await createArchiveArticle(editor.id, 'de', 'Heute');
  const archive = await createArchiveArticle(editor.id, 'de', 'Archiv');
  const older = await createArchiveArticle(editor.id, 'de', 'Älter');
  subject = await createArchiveClaim(today.id, 'de', SUBJECT, { status: 'OPEN' });
  unrelated = await createArchiveClaim(today.id, 'de', UNRELATED, { status: 'OPEN' });
  sameArticle = await createArchiveClaim(today.id, 'de', 'Kasachstan gab 2024 zwei Millionen Euro für neue Radwege aus.', { status: 'APPROVED' });
  archived = await createArchiveClaim(archive.id, 'de', SAME_LANGUAGE, { status: 'APPROVED', assigneeId: checker.id });
  colleagueClaim = await createArchiveClaim(older.id, 'de', 'Rund zwei Millionen Euro hat Kasachstan 2024 für neue Radwege bezahlt.', { status: 'PUBLISHED', assigneeId: colleague.id });
  candidate = await createArchiveClaim(older.id, 'de', 'Kasachstan hat 2024 rund 2 Millionen Euro für Radwege ausgegeben.', { status: 'CANDIDATE' });
  rejected = await createArchiveClaim(older.id, 'de', 'Kasachstan hat 2024 rund 2 Millionen Euro für neue Radwege verwendet.', { status: 'REJECTED' });
  factCheck = await createExternalFactCheck('en', ACROSS_LANGUAGES, { ratingLabel: 'Mostly true', authorName: 'Checkpoint East' });
});

const keysOf = (matches: Array<{ key: string }>) => matches.map((match) => match.key);

describe('findMatches', () => {
  test('finds the archive claim in other words and the fact-check in the other language, with what the panel shows', async () => {
    const matches = await findMatches(editor, subject.id);
    expect(keysOf(matches)).toEqual(expect.arrayContaining([`claim:${archived.id}`, `factcheck:${factCheck.id}`]));
    const claimMatch = matches.find((match) => match.key === `claim:${archived.id}`);
    expect(claimMatch).toMatchObject({
      kind: 'claim',
      text: SAME_LANGUAGE,
      status: 'APPROVED',
      rating: { key: 'false' },
      href: `/claims/${archived.id}`,
      crossLanguage: false,
    });
    expect(claimMatch?.reasons.length).toBeGreaterThan(0);
    const external = matches.find((match) => match.key === `factcheck:${factCheck.id}`);
    expect(external).toMatchObject({ kind: 'factcheck', text: ACROSS_LANGUAGES, language: 'en', rating: { label: 'Mostly true' }, author: { name: 'Checkpoint East' }, crossLanguage: true });
    expect(external?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'cross-language' })]));
    expect(matches.length).toBeLessThanOrEqual(5);
    expect(matches.map((match) => match.score)).toEqual([...matches.map((match) => match.score)].sort((a, b) => b - a));
  });

  test('leaves out the claim itself, its article, and candidates and rejected claims, which nobody checked', async () => {
    const keys = keysOf(await findMatches(editor, subject.id, { limit: 100 }));
    for (const excluded of [subject, sameArticle, candidate, rejected]) expect(keys).not.toContain(`claim:${excluded.id}`);
    expect(keys).toContain(`claim:${colleagueClaim.id}`);
  });

  test('finds nothing of the archive for a claim that shares nothing with it', async () => {
    const keys = keysOf(await findMatches(editor, unrelated.id, { limit: 100 }));
    expect(keys).not.toContain(`claim:${archived.id}`);
    expect(keys).not.toContain(`factcheck:${factCheck.id}`);
  });

  test("a fact-checker's matches hold only claims they may see, and every fact-check", async () => {
    const keys = keysOf(await findMatches(checker, subject.id, { limit: 100 }));
    expect(keys).toContain(`claim:${archived.id}`);
    expect(keys).toContain(`factcheck:${factCheck.id}`);
    expect(keys).not.toContain(`claim:${colleagueClaim.id}`);
  });

  test("a fact-checker cannot ask for the matches of a colleague's claim", async () => {
    await expect(findMatches(checker, colleagueClaim.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('listStrongMatches', () => {
  test("marks the claims with a strong match among a triage list's, and only those", async () => {
    const marks = await listStrongMatches(editor, [subject.id, unrelated.id, 'no-such-claim']);
    expect([...marks.keys()]).toEqual([subject.id]);
    expect(marks.get(subject.id)).toMatchObject({ score: expect.any(Number) });
  });

  test('leaves out the claims the viewer may not see', async () => {
    const marks = await listStrongMatches(checker, [colleagueClaim.id]);
    expect(marks.size).toBe(0);
  });
});

describe('the claim scope as raw SQL', () => {
  test.each<Role>(['ADMIN', 'EDITOR', 'FACT_CHECKER'])('selects for %s exactly the claims the Prisma scope selects', async (role) => {
    const viewer = role === 'FACT_CHECKER' ? checker : role === 'EDITOR' ? editor : await createTestUser('ADMIN');
    const viaPrisma = (await db.claim.findMany({ where: claimScopeFor(viewer), select: { id: true } })).map((claim) => claim.id).sort();
    const viaSql = (await db.$queryRaw<Array<{ id: string }>>(Prisma.sql`SELECT c.id FROM ${sqlName('Claim')} c WHERE ${claimScopeSql(viewer, 'c')}`)).map((claim) => claim.id).sort();
    expect(viaSql).toEqual(viaPrisma);
    expect(viaSql.length).toBeGreaterThan(0);
  });
});

describe('match keys stay current', () => {
  const keysOfClaim = (id: string) => db.claim.findUniqueOrThrow({ where: { id }, select: { matchKeys: true, matchKeysVersion: true } });

  test('the extraction job stores the keys of every claim it finds', async () => {
    const article = await db.article.create({
      data: { title: 'Brücken', language: 'de', body: 'In Kenia hat die Bahn 2019 insgesamt 40 Brücken gebaut. Sie kosteten 12 Millionen Euro.', createdById: editor.id },
      select: { id: true },
    });
    await extractArticleClaims(article.id);
    const claims = await db.claim.findMany({ where: { articleId: article.id }, select: { matchKeys: true, matchKeysVersion: true } });
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.matchKeysVersion).toBe(MATCH_KEYS_VERSION);
    expect(claims.flatMap((claim) => claim.matchKeys)).toEqual(expect.arrayContaining(['q:money-eur:12000000']));
  });

  test('a claim added from a selection, reworded, and merged carries the keys of its wording', async () => {
    const body = 'Kasachstan hat 2024 rund 2 Millionen Euro ausgegeben. Im Jahr 2023 waren es 3 Millionen Euro.';
    const article = await createTestArticle(editor.id, body);
    const added = await addClaim(editor, { articleId: article.id, start: 0, end: body.indexOf('.') + 1 });
    expect(await keysOfClaim(added.id)).toEqual({ matchKeys: expect.arrayContaining(['q:money-eur:2000000', 'e:kazakhstan']), matchKeysVersion: MATCH_KEYS_VERSION });

    const reworded = await rewordClaim(editor, { claimId: added.id, version: added.version, text: 'Kasachstan hat 2024 rund 5 Millionen Euro ausgegeben.' });
    const afterReword = await keysOfClaim(added.id);
    expect(afterReword.matchKeys).toContain('q:money-eur:5000000');
    expect(afterReword.matchKeys).not.toContain('q:money-eur:2000000');

    const second = body.indexOf('Im Jahr');
    const other = await addClaim(editor, { articleId: article.id, start: second, end: body.length });
    await mergeClaims(editor, [
      { claimId: added.id, version: reworded.version },
      { claimId: other.id, version: other.version },
    ]);
    expect((await keysOfClaim(added.id)).matchKeys).toEqual(expect.arrayContaining(['q:money-eur:5000000', 'q:money-eur:3000000', 'q:date:2023']));
  });

  test('the backfill keys rows written before matching, and only those', async () => {
    const article = await createTestArticle(editor.id);
    const unkeyed = await createTestClaim(article.id, { text: 'Die Stadt hat 2025 rund 3.000 Bäume gepflanzt.' });
    const before = await keysOfClaim(unkeyed.id);
    expect(before).toEqual({ matchKeys: [], matchKeysVersion: 0 });
    const external = await db.externalFactCheck.create({
      data: { url: 'https://factchecks.example/unkeyed', claimReviewed: 'Kazakhstan spent 7 million euros in 2021.', language: 'en', authorName: 'Old import' },
      select: { id: true },
    });
    const version = (await db.claim.findUniqueOrThrow({ where: { id: subject.id }, select: { version: true } })).version;

    const done = await backfillMatchKeys({ batchSize: 2 });

    expect(done.claims).toBeGreaterThanOrEqual(1);
    expect(done.factChecks).toBe(1);
    expect((await keysOfClaim(unkeyed.id)).matchKeysVersion).toBe(MATCH_KEYS_VERSION);
    expect(await db.externalFactCheck.findUniqueOrThrow({ where: { id: external.id }, select: { matchKeys: true } })).toEqual({
      matchKeys: expect.arrayContaining(['e:kazakhstan', 'q:date:2021']),
    });
    // A keyed claim is left as it was: no new version for a change nobody made.
    expect((await db.claim.findUniqueOrThrow({ where: { id: subject.id }, select: { version: true } })).version).toBe(version);
    expect(await backfillMatchKeys()).toEqual({ claims: 0, factChecks: 0 });
  });
});
