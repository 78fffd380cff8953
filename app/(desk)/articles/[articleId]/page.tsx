import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { findArticle } from '@/lib/server/articles/find-article';
import { extractionStateOf } from '@/lib/server/articles/find-extraction-state';
import { listArticleClaims } from '@/lib/server/claims/list-article-claims';
import { listAssignees } from '@/lib/server/claims/list-assignees';
import { listStrongMatches } from '@/lib/server/matching/list-strong-matches';
import { safeExternalUrl } from '@/lib/text/safe-external-url';
import { ExtractionProgress } from '@/components/articles/extraction-progress';
import { TriagePanel } from '@/components/triage/triage-panel';
import type { TriageClaim } from '@/components/triage/triage-claim';
import { PageHeader } from '@/components/ui/page-header';
import { addClaimAction, assignClaimsAction, mergeClaimsAction, moveClaimsAction, rewordClaimAction } from '@/app/(desk)/claims/actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata({ params }: { params: Promise<{ articleId: string }> }) {
  await requirePagePermission('article:view');
  const article = await findArticle((await params).articleId);
  return { title: article?.title };
}

export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const user = await requirePagePermission('article:view');
  const { articleId } = await params;
  const article = await findArticle(articleId);
  if (!article) notFound();
  const [t, format, claims, assignees] = await Promise.all([getTranslations(), getFormatter(), listArticleClaims(user, articleId), listAssignees()]);
  const strongMatches = await listStrongMatches(user, claims.map((claim) => claim.id));
  const sourceUrl = safeExternalUrl(article.url);
  const byline = [article.outlet, article.author && t('articles.by', { author: article.author }), article.publishedAt && format.dateTime(article.publishedAt, { dateStyle: 'long' })]
    .filter(Boolean)
    .join(' · ');
  const triageClaims: TriageClaim[] = claims.map((claim) => ({
    id: claim.id,
    version: claim.version,
    text: claim.text,
    start: claim.startOffset,
    end: claim.endOffset,
    type: claim.type,
    score: claim.score,
    reasons: reasonCodes(claim.reasons),
    status: claim.status,
    assignee: claim.assignee?.name ?? null,
    rejectedBy: claim.status === 'REJECTED' ? (claim.statusChangedBy?.name ?? null) : null,
    addedBy: claim.addedBy?.name ?? null,
    strongMatch: strongMatches.has(claim.id) ? { score: strongMatches.get(claim.id)?.score ?? 0, crossLanguage: strongMatches.get(claim.id)?.crossLanguage ?? false } : null,
  }));
  return (
    <ClientMessages namespaces={['claims.assign', 'claims.reasons', 'claims.selectClaim', 'claims.statuses', 'claims.triage', 'claims.types', 'history', 'intake.progress', 'matching.triage']}>
      <PageHeader title={article.title} intro={byline}>
        {sourceUrl && (
          <a href={sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="text-sm text-brand-700 underline">
            {t('articles.source')}
          </a>
        )}
        {can(user.role, 'report:publish') && <a href={`/articles/${article.id}/report`} className="text-sm text-brand-700 underline">{t('reports.openComposer')}</a>}
      </PageHeader>
      <ExtractionProgress articleId={article.id} state={extractionStateOf(article)} />
      <TriagePanel
        article={{ id: article.id, body: article.body, language: article.language }}
        claims={triageClaims}
        mayTriage={can(user.role, 'claim:triage')}
        mayAssign={can(user.role, 'claim:assign-any') || can(user.role, 'claim:assign-open')}
        currentUserId={user.id}
        assignees={assignees}
        actions={{ moveClaims: moveClaimsAction, reword: rewordClaimAction, merge: mergeClaimsAction, add: addClaimAction, assign: assignClaimsAction }}
      />
    </ClientMessages>
  );
}

/** The extractor stores reasons as { code, weight }, strongest first. */
function reasonCodes(reasons: unknown): string[] {
  return Array.isArray(reasons) ? reasons.flatMap((reason) => (reason && typeof reason === 'object' && 'code' in reason ? [String(reason.code)] : [])) : [];
}
