import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { mapExternalRating } from '@/lib/factchecks/map-external-rating';
import { draftDate, researchDraft } from '@/lib/factchecks/research-draft';
import type { SourceFields } from '@/lib/server/claims/add-source';
import { changeClaim } from '@/lib/server/claims/change-claim';
import { findClaimForResearch } from '@/lib/server/claims/find-claim-for-research';
import { moveClaimIn } from '@/lib/server/claims/move-claim';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { MatchActionInput } from '@/lib/validations/matching';
import { ratingLabel } from '@/lib/workflow/rating-label';
import type { ArchiveMatch } from './find-matches';
import { findMatchByKey } from './find-match-by-key';
import { matchRecord } from './match-record';

/** As the verdict form allows. */
const MAX_EXPLANATION = 10_000;
const MAX_TITLE = 300;

interface CopiedSource extends SourceFields {
  copiedFromClaimId: string | null;
  copiedFromFactCheckId: string | null;
}

/** What a match hands on: its sources, a rating to start from (if ours has none), and the draft explanation. */
interface Copy {
  sources: CopiedSource[];
  ratingId: string | null;
  explanation: string;
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

async function copyFromClaim(tx: Tx, match: Extract<ArchiveMatch, { kind: 'claim' }>, language: string): Promise<Copy> {
  const source = await tx.claim.findUniqueOrThrow({
    where: { id: match.claimId },
    select: {
      verdictExplanation: true,
      rating: { select: { id: true, labelEn: true, labelDe: true, retiredAt: true } },
      sources: { select: { url: true, title: true, publisher: true, excerpt: true, accessedAt: true, archiveUrl: true, stance: true }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
    },
  });
  const values = { text: clip(match.text, 200), article: match.article.title, name: match.verdictBy ?? '–' };
  const attribution = source.rating
    ? researchDraft(language, 'fromClaim', { ...values, rating: ratingLabel(source.rating, language) })
    : researchDraft(language, 'fromClaimNoVerdict', values);
  return {
    sources: source.sources.map((copied) => ({ ...copied, copiedFromClaimId: match.claimId, copiedFromFactCheckId: null })),
    // A retired rating stays on the claims that have it, but is not handed on.
    ratingId: source.rating && !source.rating.retiredAt ? source.rating.id : null,
    explanation: [attribution, source.verdictExplanation?.trim()].filter(Boolean).join('\n\n'),
  };
}

async function copyFromFactCheck(tx: Tx, match: Extract<ArchiveMatch, { kind: 'factcheck' }>, language: string): Promise<Copy> {
  const { reviewBody } = await tx.externalFactCheck.findUniqueOrThrow({ where: { id: match.factCheckId }, select: { reviewBody: true } });
  const scale = await tx.rating.findMany({ where: { retiredAt: null }, select: { id: true, key: true, labelEn: true, labelDe: true, value: true }, orderBy: { position: 'asc' } });
  const rating = mapExternalRating(match.rating, scale);
  const values = { author: match.author.name, rating: match.rating.label ?? '', url: match.href };
  const attribution = !match.rating.label
    ? researchDraft(language, 'fromFactCheckNoRating', values)
    : match.reviewedAt
      ? researchDraft(language, 'fromFactCheck', { ...values, date: draftDate(language, match.reviewedAt) })
      : researchDraft(language, 'fromFactCheckUndated', values);
  return {
    sources: [
      {
        url: match.href,
        title: clip(researchDraft(language, 'factCheckSourceTitle', { claim: match.text }), MAX_TITLE),
        publisher: clip(match.author.name, 200),
        excerpt: null,
        accessedAt: null,
        archiveUrl: null,
        stance: 'CONTEXT',
        copiedFromClaimId: null,
        copiedFromFactCheckId: match.factCheckId,
      },
    ],
    ratingId: rating?.id ?? null,
    explanation: [attribution, reviewBody].filter(Boolean).join('\n\n'),
  };
}

/**
 * A fact-checker starts from an earlier check: its sources are copied (saying where from), and
 * its verdict becomes a draft of this claim's (a rating only where the claim has none; the
 * explanation with its attribution after any the claim has). All of it stays editable, and
 * the history records it. An assigned claim moves into research at the same time.
 */
export async function startResearchFromMatch(user: Pick<PublicUser, 'id' | 'role'>, input: MatchActionInput) {
  const match = await findMatchByKey(user, input.claimId, input.match);
  const record = matchRecord(match);
  return db.$transaction(async (tx) => {
    const claim = await findClaimForResearch(tx, user, input);
    const copiedBefore = await tx.auditEvent.count({
      where: { entityType: 'Claim', entityId: claim.id, action: 'claim.research-from-match', after: { path: ['match', 'id'], equals: record.id } },
    });
    if (copiedBefore) throw new AppError('CONFLICT', 'MATCH_ALREADY_COPIED');
    const { version } = claim.status === 'ASSIGNED' ? await moveClaimIn(tx, user, { claimId: claim.id, version: claim.version, move: 'start-research' }) : claim;

    const { language } = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { language: true } });
    const copy = match.kind === 'claim' ? await copyFromClaim(tx, match, language) : await copyFromFactCheck(tx, match, language);
    const last = await tx.source.aggregate({ where: { claimId: claim.id }, _max: { position: true } });
    const first = (last._max.position ?? -1) + 1;
    await tx.source.createMany({ data: copy.sources.map((source, index) => ({ ...source, claimId: claim.id, addedById: user.id, position: first + index })) });

    const ratingId = claim.ratingId ?? copy.ratingId;
    const explanation = clip([claim.verdictExplanation?.trim(), copy.explanation].filter(Boolean).join('\n\n'), MAX_EXPLANATION);
    const ratingKey = async (id: string | null) => (id ? (await tx.rating.findUnique({ where: { id }, select: { key: true } }))?.key ?? null : null);
    const result = await changeClaim(tx, {
      claimId: claim.id,
      version,
      actorId: user.id,
      action: 'claim.research-from-match',
      data: { ratingId, verdictExplanation: explanation, verdictById: user.id },
      before: { rating: await ratingKey(claim.ratingId), explanation: claim.verdictExplanation },
      after: { match: record, copiedSources: copy.sources.length, rating: await ratingKey(ratingId), explanation },
    });
    return { ...result, copiedSources: copy.sources.length };
  });
}
