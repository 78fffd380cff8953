'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/server/action-result';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { Button } from '@/components/ui/button';
import type { MatchItem } from './match-item';
import { MatchReasons } from './match-reasons';
import { UnlinkMatchControl } from './unlink-match-control';

interface MatchCardProps {
  match: MatchItem;
  claimId: string;
  version: number;
  mayLink: boolean;
  mayStartResearch: boolean;
  linkMatch: FormAction<{ version: number }>;
  unlinkMatch: FormAction<{ version: number }>;
  startResearch: FormAction<{ version: number; copiedSources: number }>;
}

/** One earlier check of the claim: what it says, its verdict, who gave it when, how well and why it matches. */
export function MatchCard({ match, claimId, version, mayLink, mayStartResearch, linkMatch, unlinkMatch, startResearch }: MatchCardProps) {
  const t = useTranslations('matching.panel');
  const tStatus = useTranslations('claims.statuses');
  const format = useFormatter();
  const [linkResult, linkAction, linking] = useActionState(linkMatch, null);
  const [unlinkResult, unlinkAction, unlinking] = useActionState(unlinkMatch, null);
  const [researchResult, researchAction, researching] = useActionState(startResearch, null);
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium' }) : null);
  const reviewedOn = date(match.at);

  let verdict: string;
  if (match.kind === 'claim') {
    verdict = match.rating
      ? match.by
        ? t('claimVerdict', { rating: match.rating, name: match.by, date: reviewedOn ?? '' })
        : t('claimVerdictNoName', { rating: match.rating, date: reviewedOn ?? '' })
      : t('claimNoVerdict', { status: match.status ? tStatus(match.status) : '–' });
  } else {
    const author = match.by ?? '–';
    verdict = !match.rating
      ? t('factCheckNoRating', { author })
      : reviewedOn
        ? t('factCheckVerdictOn', { author, rating: match.rating, date: reviewedOn })
        : t('factCheckVerdict', { author, rating: match.rating });
  }

  const ref = (
    <>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="match" value={match.key} />
    </>
  );
  return (
    <li className="flex flex-col gap-2 rounded-md border border-slate-200 p-3" data-match-key={match.key} data-match-kind={match.kind}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium text-slate-800">{t(`kinds.${match.kind}`)}</span>
        {match.crossLanguage && (
          <span className="rounded-full bg-indigo-100 px-2 py-0.5 font-medium text-indigo-900" title={t('crossLanguageHint')} data-testid="cross-language">
            {t('crossLanguage')} ({match.language.toUpperCase()})
          </span>
        )}
        {match.strong && <span className="rounded-full bg-green-100 px-2 py-0.5 font-medium text-green-900">{t('strong')}</span>}
        {match.score !== null && (
          <span className="text-slate-700" title={t('scoreHint')}>
            {t('score', { score: format.number(match.score, { style: 'percent' }) })}
          </span>
        )}
      </div>
      <p lang={match.language} className="text-sm font-medium" data-testid="match-text">
        „{match.text}“
      </p>
      <p className="text-sm text-slate-700">{verdict}</p>
      {match.articleTitle && <p className="text-xs text-slate-600">{t('inArticle', { title: match.articleTitle })}</p>}
      {match.claimAuthor && <p className="text-xs text-slate-600">{t('claimBy', { name: match.claimAuthor })}</p>}
      <MatchReasons reasons={match.reasons} />
      <div className="flex flex-wrap items-center gap-3">
        {match.href &&
          (match.kind === 'claim' ? (
            <Link href={match.href} className="text-sm text-brand-700 underline">
              {t('openClaim')}
            </Link>
          ) : (
            <a href={match.href} rel="noopener noreferrer nofollow" target="_blank" className="text-sm text-brand-700 underline">
              {t('openFactCheck')}
            </a>
          ))}
        {match.linked ? (
          <>
            <span className="text-xs font-medium text-green-800">{t('linked', { name: match.linked.by, date: date(match.linked.at) ?? '' })}</span>
            {mayLink && <UnlinkMatchControl fields={ref} action={unlinkAction} pending={unlinking} />}
          </>
        ) : (
          mayLink &&
          match.score !== null && (
            <form action={linkAction}>
              {ref}
              <Button type="submit" variant="secondary" disabled={linking}>
                {t('link')}
              </Button>
            </form>
          )
        )}
        {mayStartResearch && match.score !== null && (
          <form action={researchAction}>
            {ref}
            <Button type="submit" variant="secondary" disabled={researching} title={t('startResearchHint')}>
              {t('startResearch')}
            </Button>
          </form>
        )}
      </div>
      <ActionFeedback result={linkResult} success={t('linkedDone')} />
      <ActionFeedback result={unlinkResult} success={t('unlinkedDone')} />
      <ActionFeedback result={researchResult} success={researchResult?.ok ? t('researchStarted', { count: researchResult.data.copiedSources }) : undefined} />
    </li>
  );
}
