import type { Role } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { MAX_UPLOAD_BYTES } from '@/lib/intake/limits';
import { getCurrentUser } from '@/lib/server/session/current-user';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { MAX_ARTICLE_LENGTH } from '@/lib/validations/article';
import { createArticleAction, importArticleFromUrlAction, readArticleFileAction } from '@/app/(desk)/articles/new/actions';
import { GET as getExtraction, POST as retryExtractionRoute } from '@/app/api/articles/extraction/route';
import { GET as detectLanguage } from '@/app/api/articles/language/route';
import { createTestArticle, createTestUser } from '../support/factories';
import { dropJobQueue, queuedExtractionJobs } from '../support/job-queue';

// The request's signed-in user, which next-auth would read from the session cookie.
jest.mock('@/lib/server/session/current-user', () => ({ getCurrentUser: jest.fn() }));
// Messages in English, as next-intl would give them for an English-speaking user.
jest.mock('next-intl/server', () => {
  const messages = jest.requireActual('@/lib/i18n/messages/en.json');
  const lookUp = (path: string) => path.split('.').reduce((node: Record<string, unknown> | string | undefined, part) => (typeof node === 'object' ? (node[part] as Record<string, unknown> | string) : undefined), messages);
  return {
    getTranslations: async (namespace: string) => {
      const t = (key: string, values: Record<string, unknown> = {}) =>
        String(lookUp(`${namespace}.${key}`) ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
      t.has = (key: string) => typeof lookUp(`${namespace}.${key}`) === 'string';
      return t;
    },
  };
});
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));

afterAll(dropJobQueue);

const users: Partial<Record<Role, PublicUser>> = {};
beforeAll(async () => {
  for (const role of ['ADMIN', 'EDITOR', 'FACT_CHECKER'] as const) users[role] = await createTestUser(role);
});

function signedInAs(role: Role | null) {
  jest.mocked(getCurrentUser).mockResolvedValue(role ? (users[role] as PublicUser) : null);
}

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const GERMAN = 'Der Stadtrat von Falkenau hat am Montag 14 neue Radwege beschlossen. Sie sollen bis 2027 rund 3,2 Millionen Euro kosten.';
const request = (path: string, method = 'GET') => new Request(`http://localhost${path}`, { method });

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
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN', message: 'You are not allowed to do this.' });
      expect(await db.article.count()).toBe(before);
    }
  });

  test.each<[Role, boolean]>([
    ['ADMIN', true],
    ['EDITOR', true],
    ['FACT_CHECKER', false],
  ])('%s may read a file into the form: %s', async (role, allowed) => {
    signedInAs(role);
    const result = await readArticleFileAction(null, form({ file: new File([GERMAN], 'radwege.txt') }));
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
      await readArticleFileAction(null, form({ file: new File([GERMAN], 'a.txt') })),
      await importArticleFromUrlAction(null, form({ url: 'https://news.example/' })),
    ]) {
      expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    }
  });
});

describe('bad input gets a message on its field and leaves nothing behind', () => {
  beforeEach(() => signedInAs('EDITOR'));

  test.each([
    ['empty text', { title: 'Leer', body: '   \n ' }, 'body', 'Required.'],
    ['no title', { title: ' ', body: GERMAN }, 'title', 'Required.'],
    ['text over the limit', { title: 'Lang', body: 'a'.repeat(MAX_ARTICLE_LENGTH + 1) }, 'body', `At most ${MAX_ARTICLE_LENGTH} characters.`],
    ['a link that is not http(s)', { title: 'Link', body: GERMAN, url: 'javascript:alert(1)' }, 'url', 'Enter a full web address starting with http:// or https://.'],
    ['a language it does not offer', { title: 'Sprache', body: GERMAN, language: 'fr' }, 'language', 'Choose one of the options.'],
  ])('%s', async (_case, fields, field, message) => {
    const [articles, jobs] = [await db.article.count(), await queuedExtractionJobs()];
    const result = await createArticleAction(null, form(fields));
    expect(result).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { [field]: message } });
    expect([await db.article.count(), await queuedExtractionJobs()]).toEqual([articles, jobs]);
  });

  test.each([
    ['a file over the size limit', new File(['a'.repeat(MAX_UPLOAD_BYTES + 1)], 'lang.txt'), 'The file is larger than 1 MB.'],
    ['a file of the wrong type', new File(['%PDF-1.7'], 'scan.pdf'), 'Choose a .txt, .md, .html or .docx file.'],
    ['an empty file', new File([''], 'leer.txt'), 'This file contains no text.'],
  ])('%s', async (_case, file, message) => {
    expect(await readArticleFileAction(null, form({ file }))).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { file: message } });
  });

  test.each([
    ['a private address', 'http://192.168.1.10/artikel', 'This address is on a private or local network, which Factdesk does not fetch from.'],
    ['the metadata service', 'http://169.254.169.254/latest/meta-data/', 'This address is on a private or local network, which Factdesk does not fetch from.'],
    ['an unreachable host', 'http://unreachable.invalid/artikel', 'The page could not be reached. Check the address.'],
    ['no address', '', 'Required.'],
  ])('a URL import of %s', async (_case, url, message) => {
    expect(await importArticleFromUrlAction(null, form({ url }))).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { url: message } });
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
    const response = await getExtraction(request(`/api/articles/extraction?articleId=${article.id}`));
    expect(response.status).toBe(status);
    if (status === 200) expect(await response.json()).toEqual({ status: 'QUEUED', error: null, extractedAt: null, claimCount: 0 });
  });

  test('answers 404 for an article that does not exist', async () => {
    signedInAs('EDITOR');
    expect((await getExtraction(request('/api/articles/extraction?articleId=nope'))).status).toBe(404);
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
    const response = await retryExtractionRoute(request(`/api/articles/extraction?articleId=${article.id}`, 'POST'));
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
    const response = await retryExtractionRoute(request(`/api/articles/extraction?articleId=${article.id}`, 'POST'));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: 'CONFLICT', message: 'The extraction has not failed: there is nothing to retry.' } });
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
    const response = await detectLanguage(request(`/api/articles/language?${new URLSearchParams({ sample: GERMAN })}`));
    expect(response.status).toBe(status);
    if (status === 200) expect(await response.json()).toEqual({ language: 'de' });
  });
});
