import type { ClaimStatus } from '@/generated/prisma/enums';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { Locale } from '@/lib/i18n/locales';
import { buildReportSnapshot, type ReportSnapshot } from '@/lib/reports/report-snapshot';
import type { RatingOption } from '@/lib/server/ratings/list-ratings';
import type { NewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';

/** Claims a report may show: approved ones, and those it published already (a correction keeps them). */
export const REPORTABLE_STATUSES: readonly ClaimStatus[] = ['APPROVED', 'PUBLISHED'];

export interface ReportDraft {
  articleId: string;
  headline: string;
  summary: string;
  language: Locale;
  claimIds: readonly string[];
}

export interface GatheredClaim {
  id: string;
  status: ClaimStatus;
  version: number;
  assigneeId: string | null;
  verdictById: string | null;
  ratingId: string | null;
  verdictExplanation: string | null;
  sourceCount: number;
}

/**
 * The draft with its claims as they stand now, read through `client` (the publishing
 * transaction, or the database for a preview). Claims of other articles are never found.
 */
export async function gatherReportSnapshot(
  client: Tx,
  draft: ReportDraft,
  settings: Pick<NewsroomSettings, 'organisationName' | 'organisationUrl' | 'logoUrl'>,
  scale: readonly RatingOption[],
): Promise<{ snapshot: ReportSnapshot; claims: GatheredClaim[] }> {
  const [article, claims] = await Promise.all([
    client.article.findUnique({
      where: { id: draft.articleId },
      select: { title: true, outlet: true, url: true, author: true, publishedAt: true },
    }),
    client.claim.findMany({
      where: { articleId: draft.articleId, id: { in: [...draft.claimIds] } },
      select: {
        id: true,
        text: true,
        speaker: true,
        entities: true,
        status: true,
        version: true,
        assigneeId: true,
        verdictById: true,
        ratingId: true,
        verdictExplanation: true,
        rating: { select: { key: true, labelEn: true, labelDe: true, value: true } },
        sources: {
          select: { url: true, title: true, publisher: true, accessedAt: true, archiveUrl: true, stance: true, position: true },
        },
      },
    }),
  ]);
  if (!article) throw new AppError('NOT_FOUND');
  if (claims.some((claim) => !REPORTABLE_STATUSES.includes(claim.status))) throw new AppError('CONFLICT', 'REPORT_CLAIM_NOT_APPROVED');
  const snapshot = buildReportSnapshot({
    draft,
    article,
    organisation: { name: settings.organisationName, url: settings.organisationUrl, logoUrl: settings.logoUrl },
    scale,
    claims,
  });
  return {
    snapshot,
    claims: claims.map(({ id, status, version, assigneeId, verdictById, ratingId, verdictExplanation, sources }) => ({
      id,
      status,
      version,
      assigneeId,
      verdictById,
      ratingId,
      verdictExplanation,
      sourceCount: sources.length,
    })),
  };
}
