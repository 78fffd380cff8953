import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { listArticles } from '@/lib/server/articles/list-articles';

type ArticleRow = Awaited<ReturnType<typeof listArticles>>[number];

export async function ArticleTable({ articles }: { articles: ArticleRow[] }) {
  const [t, format] = await Promise.all([getTranslations('articles'), getFormatter()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">{t('title')}</th>
            <th scope="col" className="px-4 py-2">{t('outlet')}</th>
            <th scope="col" className="px-4 py-2">{t('language')}</th>
            <th scope="col" className="px-4 py-2">{t('published')}</th>
            <th scope="col" className="px-4 py-2 text-right">{t('claims')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {articles.map((article) => (
            <tr key={article.id}>
              <td className="px-4 py-2">
                <Link href={`/articles/${article.id}`} lang={article.language} className="font-medium text-brand-700 hover:underline">
                  {article.title}
                </Link>
              </td>
              <td className="px-4 py-2">{article.outlet ?? '–'}</td>
              <td className="px-4 py-2 uppercase">{article.language}</td>
              <td className="px-4 py-2">{article.publishedAt ? format.dateTime(article.publishedAt, { dateStyle: 'medium' }) : '–'}</td>
              <td className="px-4 py-2 text-right tabular-nums">{article._count.claims}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
