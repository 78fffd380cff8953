jest.mock('next/cache', () => require('../support/action-env').nextCache);
jest.mock('@/lib/server/i18n/describe-error', () => require('../support/action-env').describeErrorModule);
jest.mock('@/lib/server/session/current-user', () => require('../support/acting-user'));

import {
  addClaimAction,
  addNoteAction,
  addSourceAction,
  assignClaimsAction,
  mergeClaimsAction,
  moveClaimAction,
  moveClaimsAction,
  moveSourceAction,
  removeSourceAction,
  rewordClaimAction,
  saveVerdictAction,
  submitCrossCheckAction,
  updateSourceAction,
} from '@/app/(desk)/claims/actions';
import { db } from '@/lib/db';
import type { ActionResult } from '@/lib/server/action-result';
import { moveClaim } from '@/lib/server/claims/move-claim';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/workflow/claim-statuses';
import { CLAIM_MOVES, decideMove, type ClaimMove } from '@/lib/workflow/decide-move';
import { actAs } from '../support/acting-user';
import { form } from '../support/action-env';
import { claimState, createTestClaim } from '../support/claim-factories';
import { createTestArticle, createTestUser } from '../support/factories';

type People = Record<'admin' | 'editor' | 'checker' | 'colleague', PublicUser>;
let people: People;
let articleId: string;

beforeAll(async () => {
  people = {
    admin: await createTestUser('ADMIN'),
    editor: await createTestUser('EDITOR'),
    checker: await createTestUser('FACT_CHECKER', { email: `checker-${Date.now()}@newsroom.example` }),
    colleague: await createTestUser('FACT_CHECKER'),
  };
  articleId = (await createTestArticle(people.editor.id, 'Die Stadt hat 2025 rund 3.000 Bäume gepflanzt. Der Rat stimmte mit 31 zu 12 Stimmen zu.')).id;
});

async function run<T>(user: PublicUser, action: (previous: null, data: FormData) => Promise<ActionResult<T>>, values: Parameters<typeof form>[0]) {
  actAs(user);
  return action(null, form(values));
}

const ref = (claim: { id: string; version: number }) => `${claim.id}:${claim.version}`;

describe('claim actions, for every role', () => {
  // [action, who may, what it needs, form values]
  type Case = {
    name: string;
    allowed: ReadonlyArray<keyof People>;
    setup: () => Promise<Parameters<typeof form>[0]>;
    action: (previous: null, data: FormData) => Promise<ActionResult<unknown>>;
  };
  const cases: Case[] = [
    {
      name: 'accepting candidates in bulk',
      allowed: ['admin', 'editor'],
      action: moveClaimsAction,
      setup: async () => ({ 'claims[]': [ref(await createTestClaim(articleId))], move: 'accept' }),
    },
    {
      name: 'rewording a claim',
      allowed: ['admin', 'editor'],
      action: rewordClaimAction,
      setup: async () => {
        const claim = await createTestClaim(articleId);
        return { claimId: claim.id, version: claim.version, text: 'Die Stadt pflanzte 2025 etwa 3.000 Bäume.' };
      },
    },
    {
      name: 'merging two claims',
      allowed: ['admin', 'editor'],
      action: mergeClaimsAction,
      setup: async () => ({ 'claims[]': [ref(await createTestClaim(articleId)), ref(await createTestClaim(articleId, { start: 47, text: 'Der Rat stimmte mit 31 zu 12 Stimmen zu.' }))] }),
    },
    {
      name: 'adding a claim from a selection',
      allowed: ['admin', 'editor'],
      action: addClaimAction,
      setup: async () => ({ articleId, start: 47, end: 87 }),
    },
    {
      name: 'taking an open claim',
      allowed: ['admin', 'editor', 'checker'],
      action: assignClaimsAction,
      setup: async () => ({ 'claims[]': [ref(await createTestClaim(articleId, { status: 'OPEN' }))], 'assignees[]': [people.checker.id] }),
    },
    {
      name: 'reassigning a colleague’s claim',
      allowed: ['admin', 'editor'],
      action: assignClaimsAction,
      setup: async () => ({
        'claims[]': [ref(await createTestClaim(articleId, { status: 'ASSIGNED', assigneeId: people.colleague.id }))],
        'assignees[]': [people.checker.id],
      }),
    },
    {
      name: 'saving a verdict on one’s own claim',
      allowed: ['admin', 'checker'],
      action: saveVerdictAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id });
        return { claimId: claim.id, version: claim.version, ratingId: 'rating-false', explanation: 'Laut Kataster waren es 300.' };
      },
    },
    {
      name: 'adding a source to one’s own claim',
      allowed: ['admin', 'checker'],
      action: addSourceAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id });
        return { claimId: claim.id, version: claim.version, url: 'https://stadt.example/kataster', stance: 'REFUTES' };
      },
    },
    {
      name: 'editing a source',
      allowed: ['admin', 'checker'],
      action: updateSourceAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id, withVerdict: true });
        const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
        return { claimId: claim.id, version: claim.version, sourceId: source.id, url: source.url, title: 'Kataster, Stand Mai', stance: 'SUPPORTS' };
      },
    },
    {
      name: 'reordering sources',
      allowed: ['admin', 'checker'],
      action: moveSourceAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id, withVerdict: true });
        const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
        return { claimId: claim.id, version: claim.version, sourceId: source.id, direction: 'down' };
      },
    },
    {
      name: 'removing a source',
      allowed: ['admin', 'checker'],
      action: removeSourceAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id, withVerdict: true });
        const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
        return { claimId: claim.id, version: claim.version, sourceId: source.id };
      },
    },
    {
      name: 'submitting one’s own claim for review',
      allowed: ['admin', 'checker'],
      action: moveClaimAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id, withVerdict: true });
        return { claimId: claim.id, version: claim.version, move: 'submit' };
      },
    },
    {
      name: 'approving a colleague’s verdict',
      allowed: ['admin', 'editor'],
      action: moveClaimAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_REVIEW', assigneeId: people.colleague.id, withVerdict: true });
        return { claimId: claim.id, version: claim.version, move: 'approve' };
      },
    },
    {
      name: 'returning a verdict with a comment',
      allowed: ['admin', 'editor'],
      action: moveClaimAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_REVIEW', assigneeId: people.colleague.id, withVerdict: true });
        return { claimId: claim.id, version: claim.version, move: 'return', comment: 'Bitte die Primärquelle ergänzen.' };
      },
    },
    {
      name: 'cross-checking a colleague’s claim',
      allowed: ['admin', 'checker'],
      action: submitCrossCheckAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'IN_CROSS_CHECK', assigneeId: people.colleague.id, withVerdict: true });
        const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
        return { claimId: claim.id, version: claim.version, verdict: 'CONFIRMED', comment: 'Quelle geprüft.', 'sources[]': [`${source.id}:CONFIRMED`] };
      },
    },
    {
      name: 'writing a note on a visible claim',
      allowed: ['admin', 'editor', 'checker'],
      action: addNoteAction,
      setup: async () => {
        const claim = await createTestClaim(articleId, { status: 'OPEN' });
        return { claimId: claim.id, kind: 'RESEARCH', body: 'Wer hat das Kataster zuletzt aktualisiert?' };
      },
    },
  ];

  const table = cases.flatMap((testCase) =>
    (['admin', 'editor', 'checker'] as const).map((who) => [testCase.name, who, testCase.allowed.includes(who), testCase] as const),
  );

  test.each(table)('%s by the %s: allowed %s', async (_name, who, allowed, testCase) => {
    const values = await testCase.setup();
    const result = await run(people[who], testCase.action, values);
    if (allowed) expect(result).toMatchObject({ ok: true });
    else expect(result).toMatchObject({ ok: false, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
  });

  test('a stranger who is not signed in is refused', async () => {
    const claim = await createTestClaim(articleId);
    actAs(null);
    expect(await moveClaimsAction(null, form({ 'claims[]': [ref(claim)], move: 'accept' }))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});

describe('the status machine on the server', () => {
  // Who makes each move: an editor for the editors' moves, the assignee for research, a colleague for cross-checks.
  function actorFor(move: ClaimMove): keyof People {
    if (['start-research', 'submit', 'resume'].includes(move)) return 'checker';
    if (move.includes('cross-check')) return 'colleague';
    return 'editor';
  }

  const table = CLAIM_MOVES.flatMap((move) => CLAIM_STATUSES.map((status) => [move, status] as const));

  test.each(table)('%s from %s: moves exactly as the rules say, or leaves the claim unchanged', async (move, status) => {
    const claim = await createTestClaim(articleId, { status, assigneeId: people.checker.id, withVerdict: true });
    const actor = people[actorFor(move)];
    const expected = decideMove(move, {
      actor,
      claim: { status, assigneeId: people.checker.id, verdictById: people.checker.id, ratingId: 'r', verdictExplanation: 'x', sourceCount: 1 },
      crossCheckEnabled: false,
    });
    const events = () => db.auditEvent.count({ where: { entityId: claim.id } });
    const attempt = moveClaim(actor, { claimId: claim.id, version: claim.version, move: move as ClaimMove, comment: 'Begründung' });
    // A colleague sees someone else's claim only while it is open or waiting for a cross-check.
    const visible = actor.role !== 'FACT_CHECKER' || actor.id === people.checker.id || ['OPEN', 'IN_CROSS_CHECK'].includes(status);
    if (!visible) {
      await expect(attempt).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await claimState(claim.id)).toMatchObject({ status, version: 1 });
    } else if (expected.ok) {
      await expect(attempt).resolves.toEqual({ version: 2, status: expected.to });
      expect(await claimState(claim.id)).toMatchObject({ status: expected.to, version: 2 });
      expect(await events()).toBe(1);
    } else {
      await expect(attempt).rejects.toMatchObject({ reason: expected.reason });
      expect(await claimState(claim.id)).toMatchObject({ status, version: 1 });
      expect(await events()).toBe(0);
    }
  });

  test('sends a submitted claim to the cross-check when the newsroom turned it on', async () => {
    await db.newsroomSettings.update({ where: { id: 1 }, data: { crossCheckEnabled: true } });
    try {
      const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id, withVerdict: true });
      await expect(moveClaim(people.checker, { claimId: claim.id, version: 1, move: 'submit' })).resolves.toMatchObject({ status: 'IN_CROSS_CHECK' });
    } finally {
      await db.newsroomSettings.update({ where: { id: 1 }, data: { crossCheckEnabled: false } });
    }
  });

  test('refuses an editor approving a verdict they wrote, and leaves it in review', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_REVIEW', assigneeId: people.checker.id, withVerdict: true, verdictById: people.admin.id });
    await expect(moveClaim(people.admin, { claimId: claim.id, version: 1, move: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_WORK' });
    expect(await claimState(claim.id)).toMatchObject({ status: 'IN_REVIEW', version: 1 });
  });

  test('requires a comment to return a verdict', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_REVIEW', assigneeId: people.checker.id, withVerdict: true });
    const result = await run(people.editor, moveClaimAction, { claimId: claim.id, version: 1, move: 'return' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { comment: 'validation.commentRequired' } });
  });

  test('returning notifies the fact-checker with the comment and keeps it as a review note', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_REVIEW', assigneeId: people.checker.id, withVerdict: true });
    await moveClaim(people.editor, { claimId: claim.id, version: 1, move: 'return', comment: 'Zahl stimmt nicht mit der Quelle überein.' });
    expect(await db.notification.findFirst({ where: { claimId: claim.id, recipientId: people.checker.id } })).toMatchObject({
      kind: 'RETURNED',
      details: { comment: 'Zahl stimmt nicht mit der Quelle überein.' },
    });
    expect(await db.note.findFirst({ where: { claimId: claim.id } })).toMatchObject({ kind: 'REVIEW', authorId: people.editor.id });
  });
});

describe('assignment', () => {
  test('splits a batch of open claims among the team in turn, with a due date, and tells each', async () => {
    const claims = await Promise.all([1, 2, 3].map(() => createTestClaim(articleId, { status: 'OPEN' })));
    const result = await run(people.checker, assignClaimsAction, {
      'claims[]': claims.map(ref),
      'assignees[]': [people.checker.id, people.colleague.id],
      dueAt: '2027-01-15',
    });
    expect(result).toMatchObject({ ok: true, data: { count: 3 } });
    const states = await Promise.all(claims.map((claim) => claimState(claim.id)));
    expect(states.map((state) => state.assigneeId)).toEqual([people.checker.id, people.colleague.id, people.checker.id]);
    expect(states.every((state) => state.status === 'ASSIGNED' && state.dueAt?.toISOString().startsWith('2027-01-15'))).toBe(true);
    // Nobody is notified of their own doing.
    expect(await db.notification.count({ where: { claimId: { in: claims.map((claim) => claim.id) } } })).toBe(1);
  });

  test('a handover keeps the research going and carries its note to the colleague', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id });
    await run(people.checker, assignClaimsAction, { 'claims[]': [ref(claim)], 'assignees[]': [people.colleague.id], note: 'Quelle liegt im Ordner.' });
    expect(await claimState(claim.id)).toMatchObject({ status: 'IN_RESEARCH', assigneeId: people.colleague.id });
    expect(await db.notification.findFirst({ where: { claimId: claim.id } })).toMatchObject({ kind: 'HANDED_OVER', details: { note: 'Quelle liegt im Ordner.' } });
  });

  test('unassigning puts a claim back to open', async () => {
    const claim = await createTestClaim(articleId, { status: 'ASSIGNED', assigneeId: people.checker.id });
    await run(people.editor, assignClaimsAction, { 'claims[]': [ref(claim)], assignees: '' });
    expect(await claimState(claim.id)).toMatchObject({ status: 'OPEN', assigneeId: null });
  });

  test('refuses an assignee who does not research, and changes nothing', async () => {
    const claim = await createTestClaim(articleId, { status: 'OPEN' });
    const result = await run(people.editor, assignClaimsAction, { 'claims[]': [ref(claim)], 'assignees[]': [people.editor.id] });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { assignees: 'validation.assigneeUnavailable' } });
    expect(await claimState(claim.id)).toMatchObject({ status: 'OPEN', assigneeId: null, version: 1 });
  });

  test('one refused claim in a batch leaves the whole batch unchanged, audit events included', async () => {
    const open = await createTestClaim(articleId, { status: 'OPEN' });
    const inReview = await createTestClaim(articleId, { status: 'IN_REVIEW', assigneeId: people.colleague.id, withVerdict: true });
    const result = await run(people.editor, assignClaimsAction, { 'claims[]': [ref(open), ref(inReview)], 'assignees[]': [people.checker.id] });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: 'NOT_ASSIGNABLE_IN_STATUS' });
    expect(await claimState(open.id)).toMatchObject({ status: 'OPEN', assigneeId: null, version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: { in: [open.id, inReview.id] } } })).toBe(0);
    expect(await db.notification.count({ where: { claimId: open.id } })).toBe(0);
  });
});

describe('optimistic locking', () => {
  test('the later of two saves on one claim is refused with what changed, and nothing is overwritten', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id });
    const first = await run(people.checker, saveVerdictAction, { claimId: claim.id, version: 1, ratingId: 'rating-false', explanation: 'Erste Fassung.' });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await run(people.admin, saveVerdictAction, { claimId: claim.id, version: 1, ratingId: 'rating-true', explanation: 'Zweite Fassung.' });
    expect(second).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: 'CLAIM_CHANGED',
      changes: [{ action: 'claim.verdict-saved', actor: people.checker.name }],
    });
    expect(await claimState(claim.id)).toMatchObject({ ratingId: 'rating-false', verdictExplanation: 'Erste Fassung.', version: 2 });
  });

  test('every change raises the version and records it in its audit event', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id });
    await run(people.checker, addSourceAction, { claimId: claim.id, version: 1, url: 'https://amt.example/bericht', stance: 'CONTEXT', title: 'Jahresbericht' });
    await run(people.checker, saveVerdictAction, { claimId: claim.id, version: 2, ratingId: 'rating-mostly-true', explanation: 'Fast genau.' });
    const events = await db.auditEvent.findMany({ where: { entityId: claim.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => [event.action, (event.after as { version: number }).version])).toEqual([
      ['claim.source-added', 2],
      ['claim.verdict-saved', 3],
    ]);
  });
});

describe('triage', () => {
  test('rejecting records who rejected, and a rejected claim can be restored', async () => {
    const claim = await createTestClaim(articleId);
    await run(people.editor, moveClaimsAction, { 'claims[]': [ref(claim)], move: 'reject' });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, statusChangedById: true } })).toEqual({
      status: 'REJECTED',
      statusChangedById: people.editor.id,
    });
    await run(people.editor, moveClaimsAction, { 'claims[]': [`${claim.id}:2`], move: 'restore' });
    expect(await claimState(claim.id)).toMatchObject({ status: 'CANDIDATE' });
  });

  test('merging keeps the earlier claim with both spans, the other’s sources, and removes the other', async () => {
    const a = await createTestClaim(articleId, { status: 'OPEN', text: 'Die Stadt hat 2025 rund 3.000 Bäume gepflanzt.' });
    const b = await createTestClaim(articleId, { status: 'CANDIDATE', start: 47, text: 'Der Rat stimmte mit 31 zu 12 Stimmen zu.' });
    await db.note.create({ data: { claimId: b.id, authorId: people.editor.id, kind: 'RESEARCH', body: 'Protokoll anfragen.' } });
    const result = await run(people.editor, mergeClaimsAction, { 'claims[]': [ref(b), ref(a)] });
    expect(result).toMatchObject({ ok: true, data: { id: a.id } });
    expect(await db.claim.findUnique({ where: { id: b.id } })).toBeNull();
    expect(await db.claim.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ startOffset: 0, endOffset: 87, status: 'OPEN' });
    expect(await db.note.count({ where: { claimId: a.id } })).toBe(1);
  });

  test('a claim added from a selection takes the words of the text, trimmed, and is accepted', async () => {
    // The selection takes the space before the sentence with it.
    const result = await run(people.editor, addClaimAction, { articleId, start: 46, end: 87 });
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? (result.data as { id: string }).id : '';
    expect(await db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      text: 'Der Rat stimmte mit 31 zu 12 Stimmen zu.',
      status: 'OPEN',
      addedById: people.editor.id,
    });
  });

  test('a selection outside the text is refused', async () => {
    expect(await run(people.editor, addClaimAction, { articleId, start: 80, end: 5000 })).toMatchObject({ ok: false, code: 'INVALID' });
  });
});

describe('research', () => {
  test('a source must have an http(s) address, with a message per field', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id });
    const result = await run(people.checker, addSourceAction, {
      claimId: claim.id,
      version: 1,
      url: 'javascript:alert(1)',
      archiveUrl: 'ftp://archive.example/x',
      stance: 'BELIEVES',
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { url: 'validation.url', archiveUrl: 'validation.url', stance: 'validation.invalidChoice' } });
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
  });

  test('a claim without a source cannot go to review', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id });
    await run(people.checker, saveVerdictAction, { claimId: claim.id, version: 1, ratingId: 'rating-false', explanation: 'Nein.' });
    expect(await run(people.checker, moveClaimAction, { claimId: claim.id, version: 2, move: 'submit' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: 'VERDICT_INCOMPLETE',
    });
  });

  test('a retired rating cannot be chosen for a new verdict', async () => {
    await db.rating.update({ where: { id: 'rating-unproven' }, data: { retiredAt: new Date() } });
    try {
      const claim = await createTestClaim(articleId, { status: 'IN_RESEARCH', assigneeId: people.checker.id });
      expect(await run(people.checker, saveVerdictAction, { claimId: claim.id, version: 1, ratingId: 'rating-unproven', explanation: 'Offen.' })).toMatchObject({
        ok: false,
        fieldErrors: { ratingId: 'validation.invalidChoice' },
      });
    } finally {
      await db.rating.update({ where: { id: 'rating-unproven' }, data: { retiredAt: null } });
    }
  });
});

describe('notes', () => {
  test('a mention notifies the colleague when they can see the claim, and not otherwise', async () => {
    const handle = people.checker.email.split('@')[0];
    const visible = await createTestClaim(articleId, { status: 'OPEN' });
    const hidden = await createTestClaim(articleId, { status: 'ASSIGNED', assigneeId: people.colleague.id });
    await run(people.editor, addNoteAction, { claimId: visible.id, kind: 'REVIEW', body: `@${handle} bitte übernehmen.` });
    await run(people.editor, addNoteAction, { claimId: hidden.id, kind: 'REVIEW', body: `@${handle} kennst du das?` });
    expect(await db.notification.count({ where: { recipientId: people.checker.id, kind: 'MENTIONED', claimId: visible.id } })).toBe(1);
    expect(await db.notification.count({ where: { recipientId: people.checker.id, claimId: hidden.id } })).toBe(0);
  });

  test('a reply joins the thread of the note it answers', async () => {
    const claim = await createTestClaim(articleId, { status: 'OPEN' });
    const first = await run(people.editor, addNoteAction, { claimId: claim.id, kind: 'RESEARCH', body: 'Erste Frage.' });
    const firstId = first.ok ? (first.data as { id: string }).id : '';
    const reply = await run(people.admin, addNoteAction, { claimId: claim.id, kind: 'RESEARCH', body: 'Antwort.', parentId: firstId });
    const second = await run(people.editor, addNoteAction, { claimId: claim.id, kind: 'RESEARCH', body: 'Nachfrage.', parentId: reply.ok ? (reply.data as { id: string }).id : '' });
    expect(second.ok).toBe(true);
    expect(await db.note.count({ where: { claimId: claim.id, parentId: firstId } })).toBe(2);
  });
});

describe('cross-check', () => {
  test('a dispute sends the claim back to its fact-checker with the comment', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_CROSS_CHECK', assigneeId: people.colleague.id, withVerdict: true });
    const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
    const result = await run(people.checker, submitCrossCheckAction, {
      claimId: claim.id,
      version: 1,
      verdict: 'DISPUTED',
      comment: 'Die Quelle nennt 2024, nicht 2025.',
      'sources[]': [`${source.id}:DISPUTED`],
    });
    expect(result).toMatchObject({ ok: true, data: { status: 'RETURNED' } });
    expect(await db.crossCheck.findFirstOrThrow({ where: { claimId: claim.id } })).toMatchObject({ verdict: 'DISPUTED', checkerId: people.checker.id });
    expect(await db.notification.findFirst({ where: { claimId: claim.id, recipientId: people.colleague.id } })).toMatchObject({ kind: 'RETURNED' });
  });

  test('every source must be judged', async () => {
    const claim = await createTestClaim(articleId, { status: 'IN_CROSS_CHECK', assigneeId: people.colleague.id, withVerdict: true });
    const result = await run(people.checker, submitCrossCheckAction, { claimId: claim.id, version: 1, verdict: 'CONFIRMED', comment: 'Passt.' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { sources: 'validation.judgeEverySource' } });
    expect(await claimState(claim.id)).toMatchObject({ status: 'IN_CROSS_CHECK', version: 1 });
  });
});

describe('fact-checkers see only their share', () => {
  test.each(['ASSIGNED', 'IN_RESEARCH', 'IN_REVIEW', 'CANDIDATE'] as ClaimStatus[])(
    'a colleague’s claim that is %s cannot be touched: it is not found',
    async (status) => {
      const claim = await createTestClaim(articleId, { status, assigneeId: status === 'CANDIDATE' ? null : people.colleague.id });
      const result = await run(people.checker, addNoteAction, { claimId: claim.id, kind: 'RESEARCH', body: 'Hallo?' });
      expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    },
  );
});

