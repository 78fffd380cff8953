import { can } from '@/lib/auth/permissions';
import { findExtractionState } from '@/lib/server/articles/find-extraction-state';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { ExtractionProgressPanel } from './extraction-progress-panel';

/**
 * The top of an article page while its claims are being extracted: queued, running, failed
 * (with a retry for those who may add articles). Follows the job by itself and refreshes the
 * page when the claims are there; shows nothing for an article extracted before the page opened.
 */
export async function ExtractionProgress({ articleId }: { articleId: string }) {
  const [state, user] = await Promise.all([findExtractionState(articleId), getCurrentUser()]);
  if (!state || state.status === 'DONE') return null;
  return <ExtractionProgressPanel articleId={articleId} initial={state} canRetry={Boolean(user && can(user.role, 'article:create'))} />;
}
