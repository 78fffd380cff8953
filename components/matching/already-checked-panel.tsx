import { getTranslations } from 'next-intl/server';
import type { FormAction } from '@/lib/server/action-result';
import { Panel } from '@/components/claim-page/panel';
import { MatchCard } from './match-card';
import type { MatchItem } from './match-item';

interface AlreadyCheckedPanelProps {
  claimId: string;
  version: number;
  matches: MatchItem[];
  mayLink: boolean;
  mayStartResearch: boolean;
  actions: { link: FormAction<{ version: number }>; unlink: FormAction<{ version: number }>; startResearch: FormAction<{ version: number; copiedSources: number }> };
}

/** "Already checked": the claim's best matches in the archive and among other fact-checkers' verdicts. */
export async function AlreadyCheckedPanel({ claimId, version, matches, mayLink, mayStartResearch, actions }: AlreadyCheckedPanelProps) {
  const t = await getTranslations('matching.panel');
  return (
    <div id="already-checked" data-testid="already-checked">
      <Panel title={t('title')}>
        <p className="mb-3 text-xs text-slate-600">{t('intro')}</p>
        {matches.length === 0 ? (
          <p className="text-sm text-slate-600">{t('none')}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {matches.map((match) => (
              <MatchCard
                key={match.key}
                match={match}
                claimId={claimId}
                version={version}
                mayLink={mayLink}
                mayStartResearch={mayStartResearch}
                linkMatch={actions.link}
                unlinkMatch={actions.unlink}
                startResearch={actions.startResearch}
              />
            ))}
          </ol>
        )}
      </Panel>
    </div>
  );
}
