import type { Role } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { MAX_UPLOAD_BYTES } from '@/lib/intake/limits';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { MAX_ARTICLE_LENGTH } from '@/lib/validations/article';
import { createArticleAction, importArticleFromUrlAction, readArticleFileAction } from '@/app/(desk)/articles/new/actions';
import { GET as getExtraction, POST as retryExtractionRoute } from '@/app/api/articles/extraction/route';
import { GET as detectLanguage } from '@/app/api/articles/language/route';
import { actAs } from '../support/acting-user';
import { form } from '../support/action-env';
import { createTestArticle, createTestUser } from '../support/factories';
import { dropJobQueue, queuedExtractionJobs } from '../support/job-queue';

jest.mock('@/lib/server/session/current-user', () => require('../support/acting-user'));
jest.mock('next/cache', () => require('../support/action-env').nextCache);
jest.mock('@/lib/server/i18n/describe-error', () => require('../support/action-env').describeErrorModule);

afterAll(dropJobQueue);

const users: Partial<Record<Role, PublicUser>> = {};
beforeAll(async () => {
  for (const role of ['ADMIN', 'EDITOR', 'FACT_CHECKER'] as const) users[role] = await createTestUser(role);
});

function signedInAs(role: Role | null) {
  actAs(role ? (users[role] as PublicUser) : null);
}

function upload(file: File): FormData {
  const data = new FormData();
  data.set('file', file);
  return data;
}

const GERMAN = 'Der Stadtrat von Falkenau hat am Montag 14 neue Radwege beschlossen. Sie sollen bis 2027 rund 3,2 Millionen Euro kosten.';
const request = (path: string, method = 'GET') => new Request(`http://localhost${path}`, { method });
/** These routes have no segments of their own. */
const noParams = { params: Promise.resolve({}) };

describe('new-article actions by role', () => {
  test.each<[Role, boolean]>([
    ['ADMIN', true],
    ['EDITOR', true],
    ['FACT_CHECKER', false],
  ])('%s may create an article: %s', async (role, allowed) => {
    signedInAs(role);
    const before = await db.article.count();
    const result = await createArticleAction(null, form({ title: `Radwege (${role})`, body: GERMAN, language: 'auto' }));
    if (allowed) {
      expect(result).toEqual({ ok: true, data: expect.any(String) });
      const id = result.ok ? result.data : '';
      expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ language: 'de', extractionStatus: 'QUEUED', createdById: users[role]?.id });
      expect(await queuedExtractionJobs(id)).toBe(1);
    } else {
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await db.article.count()).toBe(before);
    }
  });

  test.each<[Role, boolean]>([
    ['ADMIN', true],
    ['EDITOR', true],
    ['FACT_CHECKER', false],
  ])('%s may read a file into the form: %s', async (role, allowed) => {
    signedInAs(role);
    const result = await readArticleFileAction(null, upload(new File([GERMAN], 'radwege.txt')));
    expect(result).toMatchObject(allowed ? { ok: true, data: { title: 'radwege', body: GERMAN } } : { ok: false, code: 'FORBIDDEN' });
  });

  test.each<[Role, string]>([
    ['ADMIN', 'INVALID'],
    ['EDITOR', 'INVALID'],
    ['FACT_CHECKER', 'FORBIDDEN'],
  ])('%s asking for a URL import is answered %s (the role check comes before any fetch)', async (role, code) => {
    signedInAs(role);
    expect(await importArticleFromUrlAction(null, form({ url: 'http://127.0.0.1:9/' }))).toMatchObject({ ok: false, code });
  });

  test('strangers are sent to sign in, whatever they ask', async () => {
    signedInAs(null);
    for (const result of [
      await createArticleAction(null, form({ title: 'x', body: GERMAN })),
      await readArticleFileAction(null, upload(new File([GERMAN], 'a.txt'))),
      await importArticleFromUrlAction(null, form({ url: 'https://news.example/' })),
    ]) {
      expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    }
  });
});

describe('bad input gets a message on its field and leaves nothing behind', () => {
  beforeEach(() => signedInAs('EDITOR'));

  test.each([
    ['empty text', { title: 'Leer', body: '   \n ' }, 'body', 'validation.required'],
    ['no title', { title: ' ', body: GERMAN }, 'title', 'validation.required'],
    ['text over the limit', { title: 'Lang', body: 'a'.repeat(MAX_ARTICLE_LENGTH + 1) }, 'body', 'validation.tooLong'],
    ['a link that is not http(s)', { title: 'Link', body: GERMAN, url: 'javascript:alert(1)' }, 'url', 'validation.url'],
    ['a language it does not offer', { title: 'Sprache', body: GERMAN, language: 'fr' }, 'language', 'validation.invalidChoice'],
  ])('%s', async (_case, fields, field, key) => {
    const [articles, jobs] = [await db.article.count(), await queuedExtractionJobs()];
    const result = await createArticleAction(null, form(fields));
    expect(result).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { [field]: key } });
    expect([await db.article.count(), await queuedExtractionJobs()]).toEqual([articles, jobs]);
  });

  test.each([
    ['a file over the size limit', new File(['a'.repeat(MAX_UPLOAD_BYTES + 1)], 'lang.txt'), 'validation.fileTooLarge'],
    ['a file of the wrong type', new File(['%PDF-1.7'], 'scan.pdf'), 'validation.fileType'],
    ['an empty file', new File([''], 'leer.txt'), 'validation.fileNoText'],
  ])('%s', async (_case, file, key) => {
    expect(await readArticleFileAction(null, upload(file))).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { file: key } });
  });

  test.each([
    ['a private address', 'http://192.168.1.10/artikel', 'validation.urlPrivate'],
    ['the metadata service', 'http://169.254.169.254/latest/meta-data/', 'validation.urlPrivate'],
    ['an unreachable host', 'http://unreachable.invalid/artikel', 'validation.urlUnreachable'],
    ['no address', '', 'validation.required'],
  ])('a URL import of %s', async (_case, url, key) => {
    expect(await importArticleFromUrlAction(null, form({ url }))).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { url: key } });
  });
});

describe('the extraction route', () => {
  test.each<[Role | null, number]>([
    ['ADMIN', 200],
    ['EDITOR', 200],
    ['FACT_CHECKER', 200],
    [null, 401],
  ])('answers %s with %i', async (role, status) => {
    const article = await createTestArticle((users.EDITOR as PublicUser).id);
    signedInAs(role);
    const response = await getExtraction(request(`/api/articles/extraction?articleId=${article.id}`), noParams);
    expect(response.status).toBe(status);
    if (status === 200) expect(await response.json()).toEqual({ status: 'QUEUED', error: null, extractedAt: null, claimCount: 0 });
  });

  test('answers 404 for an article that does not exist', async () => {
    signedInAs('EDITOR');
    expect((await getExtraction(request('/api/articles/extraction?articleId=nope'), noParams)).status).toBe(404);
  });

  test.each<[Role | null, number]>([
    ['ADMIN', 200],
    ['EDITOR', 200],
    ['FACT_CHECKER', 403],
    [null, 401],
  ])('retrying a failed extraction as %s answers %i', async (role, status) => {
    const article = await createTestArticle((users.EDITOR as PublicUser).id);
    await db.article.update({ where: { id: article.id }, data: { extractionStatus: 'FAILED', extractionError: 'broke' } });
    signedInAs(role);
    const response = await retryExtractionRoute(request(`/api/articles/extraction?articleId=${article.id}`, 'POST'), noParams);
    expect(response.status).toBe(status);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    if (status === 200) {
      expect(await response.json()).toMatchObject({ status: 'QUEUED', error: null });
      expect(await queuedExtractionJobs(article.id)).toBe(1);
      expect(await db.auditEvent.count({ where: { entityId: article.id, action: 'article.extraction-retried', actorId: users[role as Role]?.id } })).toBe(1);
    } else {
      expect(stored).toMatchObject({ extractionStatus: 'FAILED', extractionError: 'broke' });
      expect(await queuedExtractionJobs(article.id)).toBe(0);
    }
  });

  test('refuses to retry an extraction that has not failed', async () => {
    const article = await createTestArticle((users.EDITOR as PublicUser).id);
    await db.article.update({ where: { id: article.id }, data: { extractionStatus: 'DONE' } });
    signedInAs('EDITOR');
    const response = await retryExtractionRoute(request(`/api/articles/extraction?articleId=${article.id}`, 'POST'), noParams);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: 'CONFLICT', message: 'EXTRACTION_NOT_FAILED' } });
    expect(await queuedExtractionJobs(article.id)).toBe(0);
  });
});

describe('the language route', () => {
  test.each<[Role | null, number]>([
    ['ADMIN', 200],
    ['EDITOR', 200],
    ['FACT_CHECKER', 403],
    [null, 401],
  ])('answers %s with %i', async (role, status) => {
    signedInAs(role);
    const response = await detectLanguage(request(`/api/articles/language?${new URLSearchParams({ sample: GERMAN })}`), noParams);
    expect(response.status).toBe(status);
    if (status === 200) expect(await response.json()).toEqual({ language: 'de' });
  });
});
