import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ClaimFilter } from '@/lib/validations/claim';
import { claimsHref } from './claims-href';

/** Table or board, keeping the filters. */
export async function ClaimsViewSwitch({ current, filter }: { current: 'table' | 'board'; filter: ClaimFilter }) {
  const t = await getTranslations('claims.views');
  const views = [
    { view: 'table', href: claimsHref('/claims', filter) },
    { view: 'board', href: claimsHref('/claims/board', { ...filter, status: [] }) },
  ] as const;
  return (
    <nav aria-label={t('label')} className="flex gap-1 rounded-md border border-slate-300 bg-white p-1 text-sm">
      {views.map(({ view, href }) => (
        <Link
          key={view}
          href={href}
          aria-current={current === view ? 'page' : undefined}
          className="rounded px-3 py-1 hover:bg-slate-100 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white"
        >
          {t(view)}
        </Link>
      ))}
    </nav>
  );
}
