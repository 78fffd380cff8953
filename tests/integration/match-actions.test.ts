jest.mock('next/cache', () => require('../support/action-env').nextCache);
jest.mock('@/lib/server/i18n/describe-error', () => require('../support/action-env').describeErrorModule);
jest.mock('@/lib/server/session/current-user', () => require('../support/acting-user'));

import { linkMatchAction, startResearchFromMatchAction, unlinkMatchAction, updateSourceAction } from '@/app/(desk)/claims/actions';
import { db } from '@/lib/db';
import { MIN_MATCH_SCORE } from '@/lib/matching/rank-matches';
import type { ActionResult } from '@/lib/server/action-result';
import { findPanelMatches } from '@/lib/server/matching/find-panel-matches';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { actAs } from '../support/acting-user';
import { form } from '../support/action-env';
import { claimState } from '../support/claim-factories';
import { createTestUser } from '../support/factories';
import { claimReview } from '../support/factcheck-factories';
import { createMatchClaim, importReviews } from '../support/match-factories';

type People = Record<'admin' | 'editor' | 'checker' | 'colleague', PublicUser>;
let people: People;
let factCheckKey: string;
let archiveClaimKey: string;
let archiveClaimId: string;

const SUBJECT = 'Über die Brücke in Auenfeld fahren jeden Tag rund 24.000 Fahrzeuge, darunter etwa 1.800 Lastwagen.';
const FACT_CHECK_URL = 'https://checks.example/actions/auenfeld-bridge';

beforeAll(async () => {
  people = {
    admin: await createTestUser('ADMIN'),
    editor: await createTestUser('EDITOR', { name: 'Erika Editor' }),
    checker: await createTestUser('FACT_CHECKER', { name: 'Fiona Checker' }),
    colleague: await createTestUser('FACT_CHECKER'),
  };
  const [factCheck] = await importReviews(people.admin.id, [
    claimReview({
      url: FACT_CHECK_URL,
      inLanguage: 'en',
      claimReviewed: 'About 24,000 vehicles, 1,800 of them trucks, cross the Auenfeld bridge every day.',
      author: { '@type': 'Organization', name: 'Harbour Fact Desk', url: 'https://harbour-facts.example' },
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 },
      reviewBody: 'The spring traffic count found 23,900 vehicles a day.',
    }),
  ]);
  factCheckKey = `factcheck:${factCheck?.id}`;
  // The checker's own earlier, approved work: in their scope, so they may start from it too.
  const archive = await createMatchClaim(people.editor.id, 'Täglich überqueren etwa 24.000 Fahrzeuge die Brücke in Auenfeld, davon 1.800 Lastwagen.', 'de', {
    status: 'APPROVED',
    assigneeId: people.checker.id,
    verdict: { ratingKey: 'true', explanation: 'Die Verkehrszählung bestätigt die Zahlen.', sourceUrl: 'https://stadt.example/zaehlung', byId: people.checker.id },
  });
  archiveClaimId = archive.id;
  archiveClaimKey = `claim:${archive.id}`;
});

afterEach(() => actAs(null));

async function run<T>(user: PublicUser | null, action: (previous: null, data: FormData) => Promise<ActionResult<T>>, values: Parameters<typeof form>[0]) {
  actAs(user);
  return action(null, form(values));
}

/** A fresh claim of the subject's wording, assigned to the checker: each test its own. */
const subject = (status: 'ASSIGNED' | 'IN_RESEARCH' | 'RETURNED' | 'IN_REVIEW' | 'OPEN' = 'ASSIGNED') =>
  createMatchClaim(people.editor.id, SUBJECT, 'de', { status, assigneeId: status === 'OPEN' ? null : people.checker.id });

const history = (claimId: string, action: string) => db.auditEvent.findMany({ where: { entityType: 'Claim', entityId: claimId, action }, orderBy: { createdAt: 'asc' } });

describe('the panel', () => {
  test('an editor sees the fact-check across languages and the archive claim, each with reasons', async () => {
    const claim = await subject();
    const { matches } = await findPanelMatches(people.editor, claim.id);
    const keys = matches.map((match) => match.key);
    expect(keys).toEqual(expect.arrayContaining([factCheckKey, archiveClaimKey]));
    const factCheck = matches.find((match) => match.key === factCheckKey);
    expect(factCheck).toMatchObject({ kind: 'factcheck', crossLanguage: true, href: FACT_CHECK_URL, author: { name: 'Harbour Fact Desk' } });
    expect(factCheck?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'same-figure' }), { kind: 'cross-language' }]));
    expect(matches.every((match) => match.score >= MIN_MATCH_SCORE)).toBe(true);
  });

  test('shows nothing for a claim whose candidates share only a word by chance', async () => {
    const claim = await createMatchClaim(people.editor.id, 'Die Brücke in Auenfeld wird im Sommer neu gestrichen.', 'de', { status: 'ASSIGNED', assigneeId: people.colleague.id });
    expect((await findPanelMatches(people.editor, claim.id)).matches).toEqual([]);
  });

  test('a fact-checker sees only archive claims within their scope', async () => {
    const claim = await subject();
    const hidden = await createMatchClaim(people.editor.id, 'Jeden Tag fahren rund 24.000 Fahrzeuge über die Auenfelder Brücke, 1.800 davon Lastwagen.', 'de', { status: 'IN_REVIEW', assigneeId: people.colleague.id });
    const keys = (await findPanelMatches(people.checker, claim.id)).matches.map((match) => match.key);
    expect(keys).toEqual(expect.arrayContaining([factCheckKey, archiveClaimKey]));
    expect(keys).not.toContain(`claim:${hidden.id}`);
  });
});

describe('linkMatchAction', () => {
  test.each(['editor', 'admin'] as const)('the %s links a claim to a fact-check: the link and its history entry, one version on', async (who) => {
    const claim = await subject();
    const result = await run(people[who], linkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey });
    expect(result).toMatchObject({ ok: true, data: { version: claim.version + 1 } });
    const link = await db.claimLink.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(link).toMatchObject({ factCheckId: factCheckKey.split(':')[1], linkedClaimId: null, linkedById: people[who].id });
    expect(link.score).toBeGreaterThan(0);
    const [event] = await history(claim.id, 'claim.match-linked');
    expect(event).toMatchObject({ actorId: people[who].id, after: { version: claim.version + 1, match: { kind: 'factcheck', url: FACT_CHECK_URL, by: 'Harbour Fact Desk', crossLanguage: true } } });
    expect((await findPanelMatches(people.editor, claim.id)).links.get(factCheckKey)).toMatchObject({ linkedBy: people[who].name });
  });

  test('an editor links a claim to an archive claim', async () => {
    const claim = await subject();
    expect(await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version, match: archiveClaimKey })).toMatchObject({ ok: true });
    expect(await db.claimLink.findFirstOrThrow({ where: { claimId: claim.id } })).toMatchObject({ linkedClaimId: archiveClaimId, factCheckId: null });
  });

  test.each(['checker', 'colleague'] as const)('refuses the fact-checker (%s): linking is an editor’s call', async (who) => {
    const claim = await subject();
    expect(await run(people[who], linkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await db.claimLink.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await claimState(claim.id)).toMatchObject({ version: claim.version });
  });

  test('refuses someone signed out', async () => {
    const claim = await subject();
    expect(await run(null, linkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  test('refuses a second link to the same match and keeps one', async () => {
    const claim = await subject();
    await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey });
    const again = await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version + 1, match: factCheckKey });
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', message: 'MATCH_ALREADY_LINKED' });
    expect(await db.claimLink.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await history(claim.id, 'claim.match-linked')).toHaveLength(1);
  });

  test('refuses a link made on an older version of the claim', async () => {
    const claim = await subject();
    await db.claim.update({ where: { id: claim.id }, data: { version: { increment: 1 } } });
    expect(await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'CLAIM_CHANGED' });
    expect(await db.claimLink.count({ where: { claimId: claim.id } })).toBe(0);
  });

  test('refuses what is not a match of the claim, and a malformed match', async () => {
    const claim = await subject();
    const [unrelated] = await importReviews(people.admin.id, [claimReview({ url: 'https://checks.example/actions/unrelated', claimReviewed: 'In Brandenau fehlen 700 Kita-Plätze.' })]);
    expect(await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version, match: `factcheck:${unrelated?.id}` })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'MATCH_NOT_FOUND' });
    expect(await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version, match: `claim:${claim.id}` })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'MATCH_NOT_FOUND' });
    expect(await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version, match: 'javascript:alert(1)' })).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { match: 'validation.invalid' } });
    expect(await db.claimLink.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe('unlinkMatchAction', () => {
  // The colleague's, so that these claims do not crowd the checker's matches in the tests below.
  const colleagues = () => createMatchClaim(people.editor.id, SUBJECT, 'de', { status: 'ASSIGNED', assigneeId: people.colleague.id });
  /** A subject claim the editor linked to the fact-check, at the version after the link. */
  const linked = async () => {
    const claim = await colleagues();
    const result = (await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })) as { data: { version: number } };
    return { id: claim.id, version: result.data.version };
  };

  test.each(['editor', 'admin'] as const)('the %s removes a link: the link goes, its history entry keeps the match, one version on', async (who) => {
    const claim = await linked();
    expect(await run(people[who], unlinkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: true, data: { version: claim.version + 1 } });
    expect(await db.claimLink.count({ where: { claimId: claim.id } })).toBe(0);
    const [event] = await history(claim.id, 'claim.match-unlinked');
    expect(event).toMatchObject({ actorId: people[who].id, before: { match: { kind: 'factcheck', url: FACT_CHECK_URL, by: 'Harbour Fact Desk', crossLanguage: true } }, after: { version: claim.version + 1 } });
    expect((await findPanelMatches(people.editor, claim.id)).links.size).toBe(0);
  });

  test('an editor removes a link to an archive claim, and may link it again', async () => {
    const claim = await colleagues();
    await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version, match: archiveClaimKey });
    expect(await run(people.editor, unlinkMatchAction, { claimId: claim.id, version: claim.version + 1, match: archiveClaimKey })).toMatchObject({ ok: true });
    expect(await run(people.editor, linkMatchAction, { claimId: claim.id, version: claim.version + 2, match: archiveClaimKey })).toMatchObject({ ok: true });
    expect(await db.claimLink.count({ where: { claimId: claim.id, linkedClaimId: archiveClaimId } })).toBe(1);
  });

  test.each(['checker', 'colleague'] as const)('refuses the fact-checker (%s): unlinking is an editor’s call', async (who) => {
    const claim = await linked();
    expect(await run(people[who], unlinkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await db.claimLink.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await claimState(claim.id)).toMatchObject({ version: claim.version });
  });

  test('refuses someone signed out', async () => {
    const claim = await linked();
    expect(await run(null, unlinkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await db.claimLink.count({ where: { claimId: claim.id } })).toBe(1);
  });

  test('refuses an unlink made on an older version of the claim, and keeps the link', async () => {
    const claim = await linked();
    expect(await run(people.editor, unlinkMatchAction, { claimId: claim.id, version: claim.version - 1, match: factCheckKey })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'CLAIM_CHANGED' });
    expect(await db.claimLink.count({ where: { claimId: claim.id } })).toBe(1);
  });

  test('refuses a second unlink, and a match that was never linked', async () => {
    const claim = await linked();
    await run(people.editor, unlinkMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey });
    expect(await run(people.editor, unlinkMatchAction, { claimId: claim.id, version: claim.version + 1, match: factCheckKey })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'MATCH_NOT_LINKED' });
    expect(await run(people.editor, unlinkMatchAction, { claimId: claim.id, version: claim.version + 1, match: archiveClaimKey })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'MATCH_NOT_LINKED' });
    expect(await history(claim.id, 'claim.match-unlinked')).toHaveLength(1);
    expect(await claimState(claim.id)).toMatchObject({ version: claim.version + 1 });
  });
});

describe('startResearchFromMatchAction', () => {
  test('the assignee starts from a fact-check: its URL as a source, its rating and explanation as a draft, and the claim moves into research', async () => {
    const claim = await subject('ASSIGNED');
    const result = await run(people.checker, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey });
    // One version for the move into research, one for the copy.
    expect(result).toMatchObject({ ok: true, data: { version: claim.version + 2, copiedSources: 1 } });
    const state = await claimState(claim.id);
    expect(state).toMatchObject({ status: 'IN_RESEARCH', ratingId: 'rating-mostly-true', verdictById: people.checker.id });
    expect(state.verdictExplanation).toContain('Harbour Fact Desk hat diese Behauptung am 2. März 2026 mit „Mostly true“ bewertet: https://checks.example/actions/auenfeld-bridge');
    expect(state.verdictExplanation).toContain('The spring traffic count found 23,900 vehicles a day.');
    const [source] = await db.source.findMany({ where: { claimId: claim.id } });
    expect(source).toMatchObject({ url: FACT_CHECK_URL, publisher: 'Harbour Fact Desk', stance: 'CONTEXT', copiedFromFactCheckId: factCheckKey.split(':')[1], copiedFromClaimId: null, addedById: people.checker.id });
    expect(source?.title).toMatch(/^Faktencheck: About 24,000 vehicles/);
    expect((await history(claim.id, 'claim.start-research')).length).toBe(1);
    const [event] = await history(claim.id, 'claim.research-from-match');
    expect(event).toMatchObject({ actorId: people.checker.id, before: { rating: null, explanation: null }, after: { copiedSources: 1, rating: 'mostly-true', match: { kind: 'factcheck', url: FACT_CHECK_URL } } });
  });

  test('the assignee starts from their earlier claim: its sources with attribution, its rating, and its explanation after the attribution', async () => {
    const claim = await subject('IN_RESEARCH');
    expect(await run(people.checker, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: archiveClaimKey })).toMatchObject({ ok: true, data: { copiedSources: 1 } });
    const state = await claimState(claim.id);
    expect(state).toMatchObject({ status: 'IN_RESEARCH', ratingId: 'rating-true' });
    expect(state.verdictExplanation).toMatch(/^Nach unserer früheren Prüfung von „Täglich überqueren etwa 24\.000 Fahrzeuge.*“ \(Artikel .*\): Richtig, von Fiona Checker\.\n\nDie Verkehrszählung bestätigt die Zahlen\.$/s);
    expect(await db.source.findMany({ where: { claimId: claim.id }, select: { url: true, stance: true, copiedFromClaimId: true, position: true } })).toEqual([
      { url: 'https://stadt.example/zaehlung', stance: 'SUPPORTS', copiedFromClaimId: archiveClaimId, position: 0 },
    ]);
  });

  test('keeps what the claim has: its rating stays, the draft comes after its explanation, its sources stay first', async () => {
    const claim = await subject('IN_RESEARCH');
    await db.claim.update({ where: { id: claim.id }, data: { ratingId: 'rating-false', verdictExplanation: 'Eigene Notiz.' } });
    await db.source.create({ data: { claimId: claim.id, url: 'https://own.example/a', stance: 'REFUTES', addedById: people.checker.id, position: 0 } });
    expect(await run(people.checker, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: true });
    const state = await claimState(claim.id);
    expect(state.ratingId).toBe('rating-false');
    expect(state.verdictExplanation).toMatch(/^Eigene Notiz\.\n\nHarbour Fact Desk hat/);
    expect((await db.source.findMany({ where: { claimId: claim.id }, orderBy: { position: 'asc' }, select: { url: true } })).map((source) => source.url)).toEqual(['https://own.example/a', FACT_CHECK_URL]);
  });

  test('the copied source stays editable like any other', async () => {
    const claim = await subject('IN_RESEARCH');
    const { data } = (await run(people.checker, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })) as { data: { version: number } };
    const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
    const result = await run(people.checker, updateSourceAction, { claimId: claim.id, version: data.version, sourceId: source.id, url: FACT_CHECK_URL, title: 'Harbour Fact Desk on the bridge', stance: 'SUPPORTS' });
    expect(result).toMatchObject({ ok: true });
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ title: 'Harbour Fact Desk on the bridge', stance: 'SUPPORTS', copiedFromFactCheckId: factCheckKey.split(':')[1] });
  });

  test('refuses starting twice from the same match', async () => {
    const claim = await subject('IN_RESEARCH');
    await run(people.checker, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey });
    const again = await run(people.checker, startResearchFromMatchAction, { claimId: claim.id, version: claim.version + 1, match: factCheckKey });
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', message: 'MATCH_ALREADY_COPIED' });
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(1);
  });

  test('an admin may start research on anyone’s claim', async () => {
    const claim = await subject('IN_RESEARCH');
    expect(await run(people.admin, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: true });
  });

  test('refuses an editor: research is a fact-checker’s', async () => {
    const claim = await subject('IN_RESEARCH');
    expect(await run(people.editor, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
  });

  test('refuses a fact-checker on a colleague’s claim, which they cannot even see', async () => {
    const claim = await subject('IN_RESEARCH');
    expect(await run(people.colleague, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await claimState(claim.id)).toMatchObject({ version: claim.version, verdictExplanation: null });
  });

  test('refuses someone signed out', async () => {
    const claim = await subject('IN_RESEARCH');
    expect(await run(null, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  test.each(['IN_REVIEW', 'OPEN'] as const)('refuses a claim %s, outside research, and changes nothing', async (status) => {
    const claim = await subject(status);
    const result = await run(people.checker, startResearchFromMatchAction, { claimId: claim.id, version: claim.version, match: factCheckKey });
    expect(result).toMatchObject({ ok: false });
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await claimState(claim.id)).toMatchObject({ status, version: claim.version });
  });
});
