import Link from 'next/link';

interface PagerProps {
  page: number;
  pageCount: number;
  /** The address of another page, with the current filters. */
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; position: string; navigation: string };
}

export function Pager({ page, pageCount, hrefFor, labels }: PagerProps) {
  if (pageCount <= 1) return null;
  const link = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100';
  return (
    <nav aria-label={labels.navigation} className="mt-4 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={link}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{labels.position}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
