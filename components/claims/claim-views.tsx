import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ClaimFilter } from '@/lib/validations/claim';
import { claimsHref } from './claims-href';

const VIEWS = [
  { key: 'all', filter: {} },
  { key: 'mine', filter: { assignee: 'me' }, forResearchers: true },
  { key: 'open', filter: { status: ['OPEN'], assignee: 'none' } },
  { key: 'overdue', filter: { overdue: true } },
  { key: 'inReview', filter: { status: ['IN_REVIEW'] } },
] as const;

/** The views a desk uses every day, one click away; each is just a filter in the URL. */
export async function ClaimViews({ filter, researches }: { filter: ClaimFilter; researches: boolean }) {
  const t = await getTranslations('claims.quickViews');
  const current = claimsHref('/claims', { ...filter, sort: undefined, dir: undefined, page: undefined });
  return (
    <nav aria-label={t('label')} className="mb-3 flex flex-wrap gap-2 text-sm">
      {VIEWS.filter((view) => researches || !('forResearchers' in view)).map((view) => {
        const href = claimsHref('/claims', view.filter);
        return (
          <Link
            key={view.key}
            href={href}
            aria-current={href === current ? 'page' : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100 aria-[current=page]:border-slate-800 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white"
          >
            {t(view.key)}
          </Link>
        );
      })}
    </nav>
  );
}
