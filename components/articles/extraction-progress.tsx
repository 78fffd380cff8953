import { can } from '@/lib/auth/permissions';
import type { ExtractionState } from '@/lib/server/articles/find-extraction-state';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { ExtractionProgressPanel } from './extraction-progress-panel';

/** How long after the extraction its outcome still heads the page: enough for the one who just saved it. */
const FRESH_MS = 60_000;

/**
 * The top of an article page while its claims are being extracted: queued, running, failed
 * (with a retry for those who may add articles). Follows the job by itself and refreshes the
 * page when the claims are there; says how many it found for a minute, then nothing.
 */
export async function ExtractionProgress({ articleId, state }: { articleId: string; state: ExtractionState }) {
  const user = await getCurrentUser();
  if (state.status === 'DONE' && Date.now() - (state.extractedAt ? Date.parse(state.extractedAt) : 0) > FRESH_MS) return null;
  return <ExtractionProgressPanel articleId={articleId} initial={state} canRetry={Boolean(user && can(user.role, 'article:create'))} />;
}
