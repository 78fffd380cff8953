import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ClaimStatusBadge } from '@/components/claims/claim-status-badge';
import type { SearchResult } from '@/lib/server/matching/search-archive';
import { ratingLabel } from '@/lib/workflow/rating-label';

/** Claims and external fact-checks found, best first; every text from the archive is rendered as text. */
export async function SearchResults({ results }: { results: readonly SearchResult[] }) {
  const [t, tClaims, format, locale] = await Promise.all([getTranslations('search'), getTranslations('claims'), getFormatter(), getLocale()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'medium' });
  return (
    <ol className="space-y-3" data-testid="search-results">
      {results.map((result) => (
        <li key={result.kind === 'claim' ? result.claimId : result.factCheckId} className="rounded-lg border border-slate-200 bg-white p-4" data-result-kind={result.kind}>
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">
            {result.kind === 'claim' ? t('ourClaim') : t('externalFactCheck')}
            <span className="ml-2 normal-case">{result.language.toUpperCase()}</span>
          </p>
          {result.kind === 'claim' ? (
            <>
              <Link href={result.href} className="text-brand-700 hover:underline">
                {result.text}
              </Link>
              <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                <ClaimStatusBadge status={result.status} label={tClaims(`statuses.${result.status}`)} />
                <span>{result.rating ? t('verdict', { rating: ratingLabel(result.rating, locale) }) : t('noVerdict')}</span>
                {result.verdictBy && <span>{t('by', { name: result.verdictBy, date: day(result.verdictAt) })}</span>}
                <Link href={`/articles/${result.article.id}`} className="hover:underline">
                  {t('inArticle', { title: result.article.title })}
                </Link>
              </p>
            </>
          ) : (
            <>
              <a href={result.href} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 hover:underline">
                {result.text}
              </a>
              <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
                <span>{result.rating.label ? t('verdict', { rating: result.rating.label }) : t('noVerdict')}</span>
                <span>{result.reviewedAt ? t('by', { name: result.author.name, date: day(result.reviewedAt) }) : t('byUndated', { name: result.author.name })}</span>
              </p>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
