import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { findClaim } from '@/lib/server/claims/find-claim';
import { listAssignees } from '@/lib/server/claims/list-assignees';
import { listClaimHistory } from '@/lib/server/claims/list-claim-history';
import { findDeskReference } from '@/lib/server/settings/find-desk-reference';
import { findPanelMatches } from '@/lib/server/matching/find-panel-matches';
import { keyClaimLinks } from '@/lib/server/matching/list-claim-links';
import { listMentionHandles } from '@/lib/server/users/list-mention-handles';
import { safeExternalUrl } from '@/lib/text/safe-external-url';
import { decideAssignment } from '@/lib/workflow/decide-assignment';
import { decideMove, type MoveContext } from '@/lib/workflow/decide-move';
import { decideResearchEdit } from '@/lib/workflow/decide-research-edit';
import { isOverdue } from '@/lib/workflow/is-overdue';
import { offeredMoves } from '@/lib/workflow/offered-moves';
import { ratingLabel } from '@/lib/workflow/rating-label';
import { ClaimStatusBadge } from '@/components/claims/claim-status-badge';
import { ClaimAssignment } from '@/components/claim-page/claim-assignment';
import { ClaimContext } from '@/components/claim-page/claim-context';
import { ClaimHistory } from '@/components/claim-page/claim-history';
import { ClaimMoves } from '@/components/claim-page/claim-moves';
import { CrossCheckForm } from '@/components/claim-page/cross-check-form';
import { CrossCheckList } from '@/components/claim-page/cross-check-list';
import { NoteThreads, type NoteItem } from '@/components/claim-page/note-threads';
import { Panel } from '@/components/claim-page/panel';
import { SourceForm } from '@/components/claim-page/source-form';
import { SourceList, type SourceItem } from '@/components/claim-page/source-list';
import { VerdictForm } from '@/components/claim-page/verdict-form';
import { AlreadyCheckedPanel } from '@/components/matching/already-checked-panel';
import { toMatchItem } from '@/components/matching/match-item';
import {
  addNoteAction,
  addSourceAction,
  assignClaimsAction,
  moveClaimAction,
  moveSourceAction,
  linkMatchAction,
  removeSourceAction,
  saveVerdictAction,
  startResearchFromMatchAction,
  submitCrossCheckAction,
  unlinkMatchAction,
  updateSourceAction,
} from '../actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('claimPage'))('title') };
}

export default async function ClaimPage({ params }: { params: Promise<{ claimId: string }> }) {
  const user = await requirePagePermission(['claim:view-all', 'claim:view-assigned']);
  const { claimId } = await params;
  const claim = await findClaim(user, claimId);
  if (!claim) notFound();
  const [t, format, locale, history, { ratings, settings }, assignees, handles, panel] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale(),
    listClaimHistory(claim.id),
    findDeskReference(),
    listAssignees(),
    listMentionHandles(),
    findPanelMatches(user, claim.id, keyClaimLinks(claim.links)),
  ]);

  const context: MoveContext = { actor: user, claim: { ...claim, sourceCount: claim.sources.length }, crossCheckEnabled: settings.crossCheckEnabled };
  const researchEditable = decideResearchEdit(context).ok;
  const mayAssign = decideAssignment({ actor: user, claim, to: user.id }).ok || decideAssignment({ actor: user, claim, to: claim.assigneeId }).ok;
  const mayCrossCheck = decideMove('confirm-cross-check', context).ok;
  // A retired rating is offered only to the claim that has it.
  const ratingOptions = ratings
    .filter((rating) => !rating.retiredAt || rating.id === claim.ratingId)
    .map((rating) => ({ id: rating.id, label: ratingLabel(rating, locale) }));
  const sources: SourceItem[] = claim.sources.map(({ copiedFromClaim, copiedFromFactCheck, ...source }) => ({
    ...source,
    accessedAt: source.accessedAt?.toISOString() ?? null,
    href: safeExternalUrl(source.url),
    archiveHref: safeExternalUrl(source.archiveUrl),
    addedBy: source.addedBy.name,
    copiedFrom: copiedFromClaim
      ? { kind: 'claim', text: copiedFromClaim.text, href: `/claims/${copiedFromClaim.id}` }
      : copiedFromFactCheck
        ? { kind: 'factcheck', author: copiedFromFactCheck.authorName }
        : null,
  }));
  const threads: NoteItem[] = claim.notes
    .filter((note) => !note.parentId)
    .map((note) => ({
      id: note.id,
      kind: note.kind,
      body: note.body,
      author: note.author.name,
      createdAt: note.createdAt.toISOString(),
      replies: claim.notes
        .filter((reply) => reply.parentId === note.id)
        .map((reply) => ({ id: reply.id, kind: reply.kind, body: reply.body, author: reply.author.name, createdAt: reply.createdAt.toISOString() })),
    }));
  const overdue = isOverdue(claim, new Date());
  const matches = [
    ...panel.matches.map((match) => toMatchItem(match, match, panel.links, locale)),
    ...panel.linkedOnly.map((entry) => toMatchItem(entry, null, panel.links, locale)),
  ];

  return (
    <ClientMessages namespaces={['claimPage.assignment', 'claimPage.crossCheck', 'claimPage.moves', 'claimPage.notes', 'claimPage.sources', 'claimPage.verdict', 'claims.statuses', 'common.cancel', 'errors.reasons', 'history', 'matching.panel']}>
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-2">
          <p className="text-sm">
            <Link href={`/articles/${claim.article.id}`} className="text-brand-700 underline">
              {claim.article.title}
            </Link>
          </p>
          <h1 lang={claim.article.language} className="text-xl font-semibold leading-snug">
            „{claim.text}“
          </h1>
          <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
            <ClaimStatusBadge status={claim.status} label={t(`claims.statuses.${claim.status}`)} />
            <span>{t(`claims.types.${claim.type}`)}</span>
            {claim.speaker && <span>{t('claimPage.speaker', { name: claim.speaker })}</span>}
            <span>{claim.assignee ? t('claimPage.assignedTo', { name: claim.assignee.name }) : t('claims.unassigned')}</span>
            {claim.dueAt && (
              <span className={overdue ? 'font-semibold text-red-800' : undefined}>
                {t('claimPage.due', { date: format.dateTime(claim.dueAt, { dateStyle: 'medium' }) })}
                {overdue && ` (${t('claims.overdue')})`}
              </span>
            )}
            {claim.rating && <span className="font-medium">{t('claimPage.rated', { rating: ratingLabel(claim.rating, locale) })}</span>}
          </div>
        </header>

        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="flex flex-col gap-6">
            <Panel title={t('claimPage.context')}>
              <ClaimContext body={claim.article.body} start={claim.startOffset} end={claim.endOffset} language={claim.article.language} />
            </Panel>
            <AlreadyCheckedPanel
              claimId={claim.id}
              version={claim.version}
              matches={matches}
              mayLink={can(user.role, 'claim:link-match')}
              mayStartResearch={researchEditable}
              actions={{ link: linkMatchAction, unlink: unlinkMatchAction, startResearch: startResearchFromMatchAction }}
            />
            <Panel title={t('claimPage.verdict.title')}>
              {researchEditable ? (
                <VerdictForm
                  // A draft copied from a match replaces the form's starting values (a select keeps its first default otherwise).
                  key={`verdict-${history.filter((event) => event.action === 'claim.research-from-match').length}`}
                  claimId={claim.id}
                  version={claim.version}
                  ratingId={claim.ratingId}
                  explanation={claim.verdictExplanation}
                  ratings={ratingOptions}
                  saveVerdict={saveVerdictAction}
                />
              ) : claim.rating || claim.verdictExplanation ? (
                <div className="flex flex-col gap-1 text-sm">
                  <p className="font-medium">{claim.rating ? ratingLabel(claim.rating, locale) : '–'}</p>
                  <p className="whitespace-pre-wrap">{claim.verdictExplanation}</p>
                  {claim.verdictBy && <p className="text-xs text-slate-600">{t('claimPage.verdict.by', { name: claim.verdictBy.name })}</p>}
                  {claim.approvedBy && claim.approvedAt && (
                    <p className="text-xs text-slate-600">{t('claimPage.verdict.approvedBy', { name: claim.approvedBy.name, date: format.dateTime(claim.approvedAt, { dateStyle: 'medium' }) })}</p>
                  )}
                </div>
              ) : (
                <p className="text-sm text-slate-600">{t('claimPage.verdict.none')}</p>
              )}
            </Panel>
            <Panel title={t('claimPage.sources.heading', { count: sources.length })}>
              <SourceList
                claimId={claim.id}
                version={claim.version}
                sources={sources}
                editable={researchEditable}
                actions={{ update: updateSourceAction, remove: removeSourceAction, move: moveSourceAction }}
              />
              {researchEditable && (
                <details className="mt-4 rounded-md border border-slate-200 p-3" open={sources.length === 0}>
                  <summary className="cursor-pointer text-sm font-medium">{t('claimPage.sources.addTitle')}</summary>
                  <div className="mt-3">
                    <SourceForm claimId={claim.id} version={claim.version} save={addSourceAction} />
                  </div>
                </details>
              )}
            </Panel>
            <Panel title={t('claimPage.notes.title')}>
              <NoteThreads claimId={claim.id} threads={threads} handles={handles} mayReview={can(user.role, 'claim:review')} addNote={addNoteAction} />
            </Panel>
          </div>
          <div className="flex flex-col gap-6">
            <Panel title={t('claimPage.moves.title')}>
              <ClaimMoves claimId={claim.id} version={claim.version} moves={offeredMoves(context)} moveClaim={moveClaimAction} />
            </Panel>
            {mayAssign && (
              <Panel title={t('claimPage.assignment.title')}>
                <ClaimAssignment
                  claimRef={`${claim.id}:${claim.version}`}
                  assigneeId={claim.assigneeId}
                  dueAt={claim.dueAt?.toISOString() ?? null}
                  currentUserId={user.id}
                  assignees={assignees}
                  mayUnassign={decideAssignment({ actor: user, claim, to: null }).ok}
                  assign={assignClaimsAction}
                />
              </Panel>
            )}
            {(mayCrossCheck || claim.crossChecks.length > 0) && (
              <Panel title={t('claimPage.crossCheck.title')}>
                {mayCrossCheck && (
                  <CrossCheckForm
                    claimId={claim.id}
                    version={claim.version}
                    sources={claim.sources.map((source) => ({ id: source.id, label: source.title || source.url }))}
                    submit={submitCrossCheckAction}
                  />
                )}
                <CrossCheckList crossChecks={claim.crossChecks} />
              </Panel>
            )}
            <Panel title={t('claimPage.history')}>
              <ClaimHistory events={history} ratings={ratings} />
            </Panel>
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
