import { getFormatter, getTranslations } from 'next-intl/server';

interface Version {
  number: number;
  publishedAt: Date;
  correctionNote: string | null;
  publishedBy: { name: string };
}

/** A report's versions, newest first, each linked at its own public address. */
export async function ReportVersionList({ versions, pageUrl }: { versions: Version[]; pageUrl: string }) {
  const [t, format] = await Promise.all([getTranslations('reports'), getFormatter()]);
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {versions.map((version) => (
        <li key={version.number}>
          <a href={`${pageUrl}/v/${version.number}`} className="font-medium text-brand-700 underline">
            {t('versionLabel', { number: version.number })}
          </a>{' '}
          <span className="text-slate-600">
            {t('publishedBy', { date: format.dateTime(version.publishedAt, { dateStyle: 'medium', timeStyle: 'short' }), name: version.publishedBy.name })}
          </span>
          {version.correctionNote && <p className="mt-0.5 text-slate-800">{version.correctionNote}</p>}
        </li>
      ))}
    </ol>
  );
}
