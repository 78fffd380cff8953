import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { searchArchive } from '@/lib/server/matching/search-archive';
import { archiveSearchSchema } from '@/lib/validations/search';
import { SearchBox } from '@/components/search/search-box';
import { SearchResults } from '@/components/search/search-results';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';

export async function generateMetadata() {
  return { title: (await getTranslations('search'))('title') };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const user = await requirePagePermission(['claim:view-all', 'claim:view-assigned']);
  const t = await getTranslations('search');
  const parsed = archiveSearchSchema.safeParse(await searchParams);
  const box = <SearchBox labels={{ field: t('field'), placeholder: t('placeholder'), submit: t('submit') }} defaultValue={parsed.success ? parsed.data.q : undefined} />;
  if (!parsed.success) {
    return (
      <>
        <PageHeader title={t('title')} intro={t('hint')}>
          {box}
        </PageHeader>
      </>
    );
  }
  const found = await searchArchive(user, parsed.data);
  const hrefFor = (page: number) => `/search?${new URLSearchParams({ q: found.q, page: String(page) }).toString()}`;
  return (
    <>
      <PageHeader title={t('title')} intro={t('count', { count: found.total, q: found.q })}>
        {box}
      </PageHeader>
      {found.results.length ? <SearchResults results={found.results} /> : <EmptyState message={t('empty')} />}
      <Pager
        page={found.page}
        pageCount={found.pageCount}
        hrefFor={hrefFor}
        labels={{ previous: t('previous'), next: t('next'), navigation: t('pages'), position: t('position', { page: found.page, pages: found.pageCount }) }}
      />
    </>
  );
}
