import { db } from '@/lib/db';
import { previewReport } from '@/lib/server/reports/preview-report';
import { publishReport } from '@/lib/server/reports/publish-report';
import { saveReportDraft } from '@/lib/server/reports/save-report-draft';
import { DEMO_ARTICLES } from './demo-articles';

const [GERMAN_ARTICLE] = DEMO_ARTICLES;
const DEMO_EDITOR = 'editor@factdesk.example';
const MIN_CLAIMS = 3;

export const DEMO_REPORT = {
  headline: 'Elsterbrücke: Was an den Angaben zur Sperrung stimmt',
  summary:
    'Die Lindenauer Rundschau berichtet über die Sperrung der Elsterbrücke. Wir haben die Angaben zu Beginn, Dauer und Grund der Sperrung mit dem Amtsblatt, der Pressemitteilung der Stadt und dem Gutachten zu den Pfeilern verglichen. Weitere Aussagen des Artikels prüfen wir noch.',
} as const;

/**
 * Publishes the German demo article's report from its approved claims (the workflow's demo
 * seed approves them), the way an editor would: draft, preview, publish. Does nothing when the
 * report exists already or fewer than three claims are approved.
 */
export async function seedDemoReport(): Promise<boolean> {
  const article = await db.article.findFirst({ where: { title: GERMAN_ARTICLE.title, report: null }, select: { id: true } });
  const editor = await db.user.findUnique({ where: { email: DEMO_EDITOR }, select: { id: true, role: true } });
  if (!article || !editor) return false;
  const claims = await db.claim.findMany({
    where: { articleId: article.id, status: 'APPROVED', ratingId: { not: null }, verdictExplanation: { not: null }, sources: { some: {} } },
    select: { id: true },
    orderBy: { startOffset: 'asc' },
  });
  if (claims.length < MIN_CLAIMS) return false;
  await saveReportDraft({ articleId: article.id, ...DEMO_REPORT, language: 'de', claimIds: claims.map((claim) => claim.id) }, editor);
  const preview = await previewReport(article.id);
  if (!preview) return false;
  await publishReport({ articleId: article.id, fingerprint: preview.fingerprint, correctionNote: null }, editor);
  return true;
}
