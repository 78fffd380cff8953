import { db } from '@/lib/db';
import { reportApiUrl, reportPageUrl } from '@/lib/reports/published-report';
import { publicBaseUrl } from './public-base-url';

export const PUBLIC_REPORTS_PAGE_SIZE = 50;

const PUBLISHED = { unpublishedAt: null, versions: { some: {} } } as const;

/** Published reports for partners and aggregators, the most recently published or corrected first. */
export async function listPublicReports(page: number) {
  const base = publicBaseUrl();
  const [total, reports] = await Promise.all([
    db.report.count({ where: PUBLISHED }),
    db.report.findMany({
      where: PUBLISHED,
      select: {
        slug: true,
        versions: { select: { number: true, headline: true, language: true, publishedAt: true }, orderBy: { number: 'desc' }, take: 1 },
      },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * PUBLIC_REPORTS_PAGE_SIZE,
      take: PUBLIC_REPORTS_PAGE_SIZE,
    }),
  ]);
  const pages = Math.ceil(total / PUBLIC_REPORTS_PAGE_SIZE);
  return {
    page,
    pageSize: PUBLIC_REPORTS_PAGE_SIZE,
    total,
    next: page < pages ? `${base}/api/reports?page=${page + 1}` : null,
    reports: reports.flatMap(({ slug, versions: [latest] }) =>
      latest
        ? [
            {
              slug,
              headline: latest.headline,
              language: latest.language,
              version: latest.number,
              publishedAt: latest.publishedAt.toISOString(),
              url: reportPageUrl(base, slug),
              apiUrl: reportApiUrl(base, slug),
            },
          ]
        : [],
    ),
  };
}
