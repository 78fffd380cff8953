import type { Role } from '@/lib/auth/roles';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { GET as searchRoute } from '@/app/api/claims/search/route';
import { actAs } from '../support/acting-user';
import { createArchiveArticle, createArchiveClaim, createExternalFactCheck } from '../support/archive-factories';
import { createTestUser } from '../support/factories';

jest.mock('@/lib/server/session/current-user', () => require('../support/acting-user'));
// The real error messages, in English: the route answers the field's message, not its key.
jest.mock('next-intl/server', () => require('../support/request-context').nextIntlServer);

const users: Partial<Record<Role, PublicUser>> = {};
let colleague: PublicUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const role of ['ADMIN', 'EDITOR', 'FACT_CHECKER'] as const) users[role] = await createTestUser(role);
  colleague = await createTestUser('FACT_CHECKER');
  const article = await createArchiveArticle(users.EDITOR?.id ?? '', 'de');
  ids.open = (await createArchiveClaim(article.id, 'de', 'Der Stausee bei Hollerbach fasst 14 Millionen Kubikmeter Wasser.', { status: 'OPEN' })).id;
  ids.mine = (await createArchiveClaim(article.id, 'de', 'Am Stausee bei Hollerbach arbeiten 35 Menschen.', { status: 'IN_RESEARCH', assigneeId: users.FACT_CHECKER?.id })).id;
  ids.theirs = (await createArchiveClaim(article.id, 'de', 'Der Stausee bei Hollerbach wurde 1987 eröffnet.', { status: 'APPROVED', assigneeId: colleague.id })).id;
  ids.elsewhere = (await createArchiveClaim(article.id, 'de', 'Kasachstan hat 2024 rund 2 Millionen Euro für Radwege ausgegeben.', { status: 'APPROVED' })).id;
  ids.factCheck = (await createExternalFactCheck('en', 'The Hollerbach reservoir holds 14 million cubic metres of water.')).id;
  ids.kazakhstan = (await createExternalFactCheck('en', 'Kazakhstan spent two million euros on cycle lanes in 2024.')).id;
});

const noParams = { params: Promise.resolve({}) };
const search = (query: string) => searchRoute(new Request(`http://localhost/api/claims/search?${query}`), noParams);

interface Found {
  results: Array<{ kind: 'claim' | 'factcheck'; claimId?: string; factCheckId?: string; text: string }>;
  total: number;
  page: number;
  pageCount: number;
}

const foundIds = (body: Found) => body.results.map((result) => result.claimId ?? result.factCheckId);

describe('GET /api/claims/search', () => {
  test('answers 401 to someone not signed in', async () => {
    actAs(null);
    const response = await search('q=Hollerbach');
    expect(response.status).toBe(401);
  });

  test.each<Role>(['ADMIN', 'EDITOR'])('%s finds every claim and the fact-checks with the words', async (role) => {
    actAs(users[role] as PublicUser);
    const response = await search('q=Stausee%20Hollerbach');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Found;
    expect(foundIds(body)).toEqual(expect.arrayContaining([ids.open, ids.mine, ids.theirs]));
    expect(foundIds(body)).not.toContain(ids.elsewhere);
    expect(body).toMatchObject({ page: 1, pageCount: 1 });
  });

  test("a fact-checker finds their own and open claims, never a colleague's", async () => {
    actAs(users.FACT_CHECKER as PublicUser);
    const body = (await (await search('q=Hollerbach')).json()) as Found;
    expect(foundIds(body)).toEqual(expect.arrayContaining([ids.open, ids.mine, ids.factCheck]));
    expect(foundIds(body)).not.toContain(ids.theirs);
    expect(body.total).toBe(body.results.length);
  });

  test('finds by a figure across languages: "2 Millionen" finds "two million"', async () => {
    actAs(users.EDITOR as PublicUser);
    const body = (await (await search(`q=${encodeURIComponent('2 Millionen Euro')}`)).json()) as Found;
    expect(foundIds(body)).toEqual(expect.arrayContaining([ids.elsewhere, ids.kazakhstan]));
  });

  test('finds by a name in its other spelling: "Kasachstan" finds "Kazakhstan"', async () => {
    actAs(users.EDITOR as PublicUser);
    const body = (await (await search('q=Kasachstan')).json()) as Found;
    expect(foundIds(body)).toEqual(expect.arrayContaining([ids.elsewhere, ids.kazakhstan]));
    expect(foundIds(body)).not.toContain(ids.open);
  });

  test.each([
    ['q=', 'q', 'Required.'],
    ['q=%20%20', 'q', 'Required.'],
    [`q=${'x'.repeat(301)}`, 'q', 'At most 300 characters.'],
    ['q=Hollerbach&page=0', 'page', 'This value is not valid.'],
    ['q=Hollerbach&page=two', 'page', 'This value is not valid.'],
  ])('answers 400 with the field message for %s', async (query, field, message) => {
    actAs(users.EDITOR as PublicUser);
    const response = await search(query);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID', fieldErrors: { [field]: message } } });
  });

  test('answers 400 when q is missing', async () => {
    actAs(users.FACT_CHECKER as PublicUser);
    const response = await search('page=1');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fieldErrors: { q: 'Required.' } } });
  });
});
