import { db } from '@/lib/db';
import { findPublicReport } from '@/lib/server/reports/find-public-report';
import { listPublicReports } from '@/lib/server/reports/list-public-reports';
import { previewReport } from '@/lib/server/reports/preview-report';
import { publishReport } from '@/lib/server/reports/publish-report';
import { saveReportDraft } from '@/lib/server/reports/save-report-draft';
import { unpublishReport } from '@/lib/server/reports/unpublish-report';
import type { ReportDraftInput } from '@/lib/validations/report';
import { createTestUser } from '../support/factories';
import { createArticleWithApprovedClaims, type ApprovedClaimSpec } from '../support/report-factories';

type Person = Awaited<ReturnType<typeof createTestUser>>;

const CLAIMS: ApprovedClaimSpec[] = [
  { text: 'Täglich überqueren 24.000 Fahrzeuge die Brücke.', speaker: 'Karin Vogt', rating: 'mostly-true' },
  { text: 'Die Reparatur kostet 2,5 Millionen Euro.', rating: 'false' },
  { text: 'Der Stadtrat beschloss den Hallenbau 2018 mit 31 zu 12 Stimmen.', rating: 'unproven' },
];

let editor: Person;
let checker: Person;

beforeAll(async () => {
  editor = await createTestUser('EDITOR');
  checker = await createTestUser('FACT_CHECKER');
});

async function newArticle(specs: readonly ApprovedClaimSpec[] = CLAIMS) {
  const { article, claims } = await createArticleWithApprovedClaims({ checkerId: checker.id, editorId: editor.id }, specs);
  return { articleId: article.id, claimIds: claims.map((claim) => claim.id) };
}

function draft(articleId: string, claimIds: string[], overrides: Partial<ReportDraftInput> = {}): ReportDraftInput {
  return { articleId, claimIds, headline: 'Was an den Zahlen zur Brückensperrung stimmt', summary: 'Drei Aussagen geprüft.', language: 'de', ...overrides };
}

/** What the editor does in the browser: save the draft, look at the preview, publish what it showed. */
async function composeAndPublish(input: ReportDraftInput, correctionNote: string | null = null, by: Person = editor) {
  await saveReportDraft(input, editor);
  const preview = await previewReport(input.articleId);
  if (!preview) throw new Error('No preview');
  return publishReport({ articleId: input.articleId, fingerprint: preview.fingerprint, correctionNote }, by);
}

/** The claims' statuses, in the order of `ids`. */
async function statuses(ids: string[]) {
  const claims = await db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
  return ids.map((id) => claims.find((claim) => claim.id === id)?.status);
}

describe('publishing a report', () => {
  test('freezes a version with the chosen claims in order, marks them published and records it', async () => {
    const { articleId, claimIds } = await newArticle();
    const chosen = [claimIds[2], claimIds[0]].filter((id): id is string => Boolean(id));
    const { slug, version } = await composeAndPublish(draft(articleId, chosen));

    expect(version).toBe(1);
    expect(slug).toBe('was-an-den-zahlen-zur-brueckensperrung-stimmt');
    const found = await findPublicReport(slug);
    if (found?.state !== 'published') throw new Error(`Expected a published report, got ${found?.state}`);
    expect(found.report.snapshot.claims.map((claim) => claim.text)).toEqual([CLAIMS[2]?.text, CLAIMS[0]?.text]);
    expect(found.report.snapshot.claims[1]).toMatchObject({
      speaker: { name: 'Karin Vogt', kind: 'Person' },
      rating: { key: 'mostly-true', label: 'Größtenteils richtig', value: 5 },
      sources: [expect.objectContaining({ publisher: 'Statistisches Landesamt', archiveUrl: 'https://archive.example/statistik/tabelle-1' })],
    });
    expect(found.report.snapshot.ratingScale).toEqual({ best: 6, worst: 1 });
    expect(await statuses(chosen)).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(await statuses([claimIds[1] ?? ''])).toEqual(['APPROVED']);

    const audit = await db.auditEvent.findMany({ where: { OR: [{ entityId: { in: chosen } }, { entityType: 'Report' }], actorId: editor.id }, select: { action: true } });
    expect(audit.map((event) => event.action)).toEqual(expect.arrayContaining(['claim.publish', 'claim.publish', 'report.published']));
  });

  test('later edits to a claim leave the published version as it was', async () => {
    const { articleId, claimIds } = await newArticle();
    const { slug } = await composeAndPublish(draft(articleId, claimIds, { headline: 'Eingefroren' }));
    await db.claim.update({ where: { id: claimIds[0] }, data: { text: 'Geändert nach der Veröffentlichung', verdictExplanation: 'Neu' } });

    const found = await findPublicReport(slug);
    if (found?.state !== 'published') throw new Error('Expected a published report');
    expect(found.report.snapshot.claims[0]?.text).toBe(CLAIMS[0]?.text);
  });

  test('a correction needs its note, becomes the new version, keeps the address and leaves the old version readable', async () => {
    const { articleId, claimIds } = await newArticle();
    const first = await composeAndPublish(draft(articleId, claimIds.slice(0, 2), { headline: 'Erste Fassung' }));

    await expect(composeAndPublish(draft(articleId, claimIds, { headline: 'Zweite Fassung' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { correctionNote: { key: 'validation.required' } },
    });
    const second = await composeAndPublish(draft(articleId, claimIds, { headline: 'Zweite Fassung' }), 'Dritte Aussage ergänzt.');

    expect(second).toEqual({ slug: first.slug, version: 2 });
    const current = await findPublicReport(first.slug);
    const original = await findPublicReport(first.slug, 1);
    if (current?.state !== 'published' || original?.state !== 'published') throw new Error('Expected both versions');
    expect(current.report.snapshot.headline).toBe('Zweite Fassung');
    expect(current.report.snapshot.claims).toHaveLength(3);
    expect(current.report.versions.map((version) => [version.number, version.correctionNote])).toEqual([
      [1, null],
      [2, 'Dritte Aussage ergänzt.'],
    ]);
    expect(original.report.snapshot.headline).toBe('Erste Fassung');
    expect(original.report.snapshot.claims).toHaveLength(2);
    expect(await statuses(claimIds)).toEqual(['PUBLISHED', 'PUBLISHED', 'PUBLISHED']);
  });

  test('unpublishing withdraws the report but keeps its versions; publishing again brings it back', async () => {
    const { articleId, claimIds } = await newArticle();
    const { slug } = await composeAndPublish(draft(articleId, claimIds, { headline: 'Bald zurückgezogen' }));

    await unpublishReport({ articleId, reason: 'Eine Quelle hat ihre Zahlen zurückgezogen.' }, editor);
    expect(await findPublicReport(slug)).toMatchObject({ state: 'unpublished', language: 'de', reason: 'Eine Quelle hat ihre Zahlen zurückgezogen.' });
    expect(await db.reportVersion.count({ where: { report: { slug } } })).toBe(1);
    expect((await listPublicReports(1)).reports.map((report) => report.slug)).not.toContain(slug);
    await expect(unpublishReport({ articleId, reason: 'Noch einmal' }, editor)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'REPORT_NOT_PUBLISHED' });

    await composeAndPublish(draft(articleId, claimIds, { headline: 'Bald zurückgezogen' }), 'Mit neuer Quelle wieder veröffentlicht.');
    expect(await findPublicReport(slug)).toMatchObject({ state: 'published', report: { version: { number: 2 } } });
    expect((await listPublicReports(1)).reports.map((report) => report.slug)).toContain(slug);
  });

  test("refuses a fact-checker's attempt to compose, publish or unpublish", async () => {
    const { articleId, claimIds } = await newArticle();
    await expect(saveReportDraft(draft(articleId, claimIds), checker)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await saveReportDraft(draft(articleId, claimIds, { headline: 'Nur für Redaktion' }), editor);
    const preview = await previewReport(articleId);
    await expect(publishReport({ articleId, fingerprint: preview?.fingerprint ?? '', correctionNote: null }, checker)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(unpublishReport({ articleId, reason: 'Weg damit' }, checker)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.reportVersion.count({ where: { report: { articleId } } })).toBe(0);
    expect(await statuses(claimIds)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
  });

  test('refuses claims that are not approved, and publishes nothing when one was reopened after the draft', async () => {
    const { articleId, claimIds } = await newArticle([...CLAIMS, { text: 'Noch in der Prüfung.', status: 'IN_REVIEW' }]);
    await expect(saveReportDraft(draft(articleId, claimIds), editor)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'REPORT_CLAIM_NOT_APPROVED' });

    const approved = claimIds.slice(0, 3);
    await saveReportDraft(draft(articleId, approved, { headline: 'Mit wieder geöffneter Aussage' }), editor);
    const preview = await previewReport(articleId);
    await db.claim.update({ where: { id: approved[1] }, data: { status: 'RETURNED' } });
    await expect(publishReport({ articleId, fingerprint: preview?.fingerprint ?? '', correctionNote: null }, editor)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'REPORT_CLAIM_NOT_APPROVED',
    });
    expect(await statuses(approved)).toEqual(['APPROVED', 'RETURNED', 'APPROVED']);
    expect(await db.reportVersion.count({ where: { report: { articleId } } })).toBe(0);
  });

  test("refuses another article's claims", async () => {
    const mine = await newArticle();
    const other = await newArticle();
    await expect(saveReportDraft(draft(mine.articleId, [...mine.claimIds, ...other.claimIds]), editor)).rejects.toMatchObject({
      reason: 'REPORT_CLAIM_NOT_APPROVED',
    });
  });

  test('refuses to publish what changed since the preview', async () => {
    const { articleId, claimIds } = await newArticle();
    await saveReportDraft(draft(articleId, claimIds, { headline: 'Vorschau veraltet' }), editor);
    const preview = await previewReport(articleId);
    await db.claim.update({ where: { id: claimIds[0] }, data: { verdictExplanation: 'Inzwischen anders begründet.' } });

    await expect(publishReport({ articleId, fingerprint: preview?.fingerprint ?? '', correctionNote: null }, editor)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'REPORT_CHANGED_SINCE_PREVIEW',
    });
    expect(await statuses(claimIds)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
  });

  test('gives a second report with the same headline its own address', async () => {
    const first = await newArticle();
    const second = await newArticle();
    const a = await composeAndPublish(draft(first.articleId, first.claimIds, { headline: 'Gleiche Überschrift' }));
    const b = await composeAndPublish(draft(second.articleId, second.claimIds, { headline: 'Gleiche Überschrift' }));
    expect([a.slug, b.slug]).toEqual(['gleiche-ueberschrift', 'gleiche-ueberschrift-2']);
  });
});
