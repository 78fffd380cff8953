import type { Page } from 'playwright-core';
import { canAny, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { DEMO_ARTICLES } from '@/lib/server/demo/demo-articles';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import { demoUser, newContext, signInAs, useBrowser } from '../support/browser';

/**
 * A sweep of every page, as each role, in both languages: each answers as the permission table
 * says (the page, or 403), in the language asked for, with every message formatted (no catalog
 * key and no unfilled ICU argument in the text), and the browser reports no error and no warning.
 */

const browser = useBrowser();

/** A sweep of some forty pages per language: a hang guard, not a speed target. */
const SWEEP_TIMEOUT = 240_000;

type Catalog = { [key: string]: string | Catalog };

/** Every message's full key ("claims.filters.invalid"): seen in a page's text, a message was not found. */
function keysOf(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}
/** Full keys only where they cannot be ordinary words ("app.name", not "name"). */
const CATALOG_KEYS = [...new Set([...keysOf(en as Catalog), ...keysOf(de as Catalog)])].filter((key) => key.split('.').length >= 2);
/** What next-intl shows for a message it cannot find: its full key ("claims.noSuchKey"). */
const FALLBACK_KEY = new RegExp(`(?<![\\p{L}\\d@/.-])(?:${Object.keys(en).join('|')})(?:\\.[A-Za-z][\\w-]*)+`, 'u');
/** An argument next-intl left unformatted: `{count}`, `{count, plural, …`. */
const UNFORMATTED = /\{[a-zA-Z]+(?:\}|,\s*(?:plural|select|number|date))/;

interface Visit {
  path: string;
  permission: Permission | null;
  /** The page's own language where it has one (a report speaks the report's), else the reader's. */
  language?: 'de' | 'en';
}

async function demoVisits(): Promise<Visit[]> {
  const article = await db.article.findFirstOrThrow({ where: { title: DEMO_ARTICLES[0].title }, select: { id: true } });
  // A claim every role may open: the first demo fact-checker's own.
  const claim = await db.claim.findFirstOrThrow({ where: { assignee: { email: demoUser('FACT_CHECKER').email } }, select: { id: true }, orderBy: { id: 'asc' } });
  const viewClaims: Permission = ['claim:view-all', 'claim:view-assigned'];
  return [
    { path: '/articles', permission: 'article:view' },
    { path: '/articles/new', permission: 'article:create' },
    { path: `/articles/${article.id}`, permission: 'article:view' },
    { path: `/articles/${article.id}/report`, permission: 'report:publish' },
    { path: '/claims', permission: viewClaims },
    { path: '/claims?assignee=me', permission: viewClaims },
    { path: '/claims/board', permission: viewClaims },
    { path: `/claims/${claim.id}`, permission: viewClaims },
    { path: '/search?q=Br%C3%BCcke', permission: viewClaims },
    { path: '/review', permission: 'claim:review' },
    { path: '/reports', permission: 'report:view' },
    { path: '/notifications', permission: 'account:manage-own' },
    { path: '/account', permission: 'account:manage-own' },
    { path: '/admin/users', permission: 'user:manage' },
    { path: '/admin/audit', permission: 'audit:view' },
    { path: '/admin/settings', permission: 'settings:manage' },
    { path: '/admin/ratings', permission: 'settings:manage' },
    { path: '/admin/factchecks', permission: 'factcheck:import' },
  ];
}

/** What went wrong on one page, in words a failing test can show. */
async function problemsOn(page: Page, visit: Visit, role: Role | null, language: 'de' | 'en', logged: string[]): Promise<string[]> {
  logged.length = 0;
  const response = await page.goto(visit.path);
  await page.waitForLoadState('load');
  const allowed = visit.permission === null || (role !== null && canAny(role, visit.permission));
  const expected = allowed ? 200 : 403;
  const problems: string[] = [];
  if (response?.status() !== expected) problems.push(`answered ${response?.status()}, not ${expected}`);
  // The document's language, once the document has one (a slow machine may still be swapping documents).
  const lang = await page
    .locator('html[lang]')
    .waitFor({ state: 'attached', timeout: 5_000 })
    .then(() => page.locator('html').getAttribute('lang'), () => null);
  if (lang !== (visit.language ?? language)) problems.push(`html lang is ${lang}`);
  // Code is what it is in either language (the audit log's action names, such as report.published).
  const text = await page.locator('body').evaluate((body: HTMLElement) =>
    [...body.querySelectorAll<HTMLElement>('code')].reduce((rest, code) => rest.split(code.innerText).join(' '), body.innerText),
  );
  const keys = CATALOG_KEYS.filter((key) => text.includes(key));
  if (keys.length) problems.push(`shows catalog keys ${keys.join(', ')}`);
  const fallback = FALLBACK_KEY.exec(text);
  if (fallback) problems.push(`shows the key of a missing message "${fallback[0]}"`);
  const unformatted = UNFORMATTED.exec(text);
  if (unformatted) problems.push(`shows an unformatted argument "${unformatted[0]}"`);
  // The browser's own line about the refused document is the 403 itself.
  const reports = logged.filter((line) => allowed || !line.includes('status of 403'));
  if (reports.length) problems.push(...reports);
  return problems.map((problem) => `${role ?? 'anonymous'} ${language} ${visit.path}: ${problem}`);
}

async function sweep(role: Role | null, language: 'de' | 'en', visits: Visit[]): Promise<string[]> {
  const context = await newContext(browser(), language === 'de' ? 'de-DE' : 'en-US');
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => logged.push(`page error: ${error.message}`));
  if (role) await signInAs(page, role);
  const problems: string[] = [];
  for (const visit of visits) problems.push(...(await problemsOn(page, visit, role, language, logged)));
  await context.close();
  return problems;
}

afterAll(() => db.$disconnect());

describe('every page, every role, both languages', () => {
  let visits: Visit[];
  beforeAll(async () => {
    visits = await demoVisits();
  });

  test.each(['de', 'en'] as const)(
    'in %s: each role gets each page or a 403, fully translated, without a browser error',
    async (language) => {
      const report = await db.report.findFirstOrThrow({ where: { publishedAt: { not: null }, unpublishedAt: null }, select: { slug: true, language: true } });
      const publicVisits: Visit[] = [
        { path: '/sign-in', permission: null },
        { path: `/reports/${report.slug}`, permission: null, language: report.language },
      ];
      const problems = [
        ...(await sweep(null, language, publicVisits)),
        ...(await sweep('ADMIN', language, visits)),
        ...(await sweep('EDITOR', language, visits)),
        ...(await sweep('FACT_CHECKER', language, visits)),
      ];
      expect(problems).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );
});
