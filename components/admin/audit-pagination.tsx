import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { encodeAuditCursor, type AuditCursor } from '@/lib/validations/audit';
import { auditHref } from './audit-href';

interface AuditPaginationProps {
  query: Record<string, string>;
  newer: AuditCursor | null;
  older: AuditCursor | null;
}

const LINK = 'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100';

export async function AuditPagination({ query, newer, older }: AuditPaginationProps) {
  const t = await getTranslations('admin.audit');
  const paged = Boolean(query.before || query.after);
  if (!paged && !older) return null;
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex flex-wrap gap-2">
      {paged && (
        <Link href={auditHref(query, { before: undefined, after: undefined })} className={LINK}>
          {t('newest')}
        </Link>
      )}
      {newer && (
        <Link href={auditHref(query, { after: encodeAuditCursor(newer), before: undefined })} rel="prev" className={LINK}>
          {t('newer')}
        </Link>
      )}
      {older && (
        <Link href={auditHref(query, { before: encodeAuditCursor(older), after: undefined })} rel="next" className={LINK}>
          {t('older')}
        </Link>
      )}
    </nav>
  );
}
