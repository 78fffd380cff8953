import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { listArticles } from '@/lib/server/articles/list-articles';
import { DataTable } from '@/components/ui/data-table';

type ArticleRow = Awaited<ReturnType<typeof listArticles>>[number];

export async function ArticleTable({ articles }: { articles: ArticleRow[] }) {
  const [t, format] = await Promise.all([getTranslations('articles'), getFormatter()]);
  const columns = [
    { label: t('title') },
    { label: t('outlet') },
    { label: t('language') },
    { label: t('published') },
    { label: t('claims'), numeric: true },
  ];
  return (
    <DataTable columns={columns}>
      {articles.map((article) => (
        <tr key={article.id}>
          <td>
            <Link href={`/articles/${article.id}`} lang={article.language} className="font-medium text-brand-700 hover:underline">
              {article.title}
            </Link>
          </td>
          <td>{article.outlet ?? '–'}</td>
          <td className="uppercase">{article.language}</td>
          <td>{article.publishedAt ? format.dateTime(article.publishedAt, { dateStyle: 'medium' }) : '–'}</td>
          <td className="text-right tabular-nums">
            {article.extractionStatus === 'DONE' ? article._count.claims : t(`extractionStatus.${article.extractionStatus}`)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
