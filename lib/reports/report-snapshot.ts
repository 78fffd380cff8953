import { AppError } from '@/lib/errors/app-error';
import type { Locale } from '@/lib/i18n/locales';
import { safeExternalUrl } from '@/lib/text/safe-external-url';
import { ratingLabel } from '@/lib/workflow/rating-label';

/** Raised when the snapshot's shape changes; readers of older versions' content check it. */
export const SNAPSHOT_FORMAT = 1;

export type SpeakerKind = 'Person' | 'Organization';
export type SourceStance = 'SUPPORTS' | 'REFUTES' | 'CONTEXT';

export type SnapshotSource = {
  url: string;
  title: string | null;
  publisher: string | null;
  accessedAt: string | null;
  archiveUrl: string | null;
  stance: SourceStance;
};

export type SnapshotClaim = {
  id: string;
  text: string;
  speaker: { name: string; kind: SpeakerKind } | null;
  /** The label is frozen in the report's language: a later rename of the scale does not change a published page. */
  rating: { key: string; label: string; value: number | null };
  explanation: string;
  sources: SnapshotSource[];
};

/** A report version's content as published: everything its pages and exports show, frozen. */
export type ReportSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  headline: string;
  summary: string;
  language: Locale;
  article: { title: string; outlet: string | null; url: string | null; author: string | null; publishedAt: string | null };
  organisation: { name: string; url: string | null; logoUrl: string | null };
  /** The ends of the rating scale, for schema.org's bestRating and worstRating; null when no rating has a value. */
  ratingScale: { best: number | null; worst: number | null };
  claims: SnapshotClaim[];
};

export interface SnapshotInput {
  draft: { headline: string; summary: string; language: Locale; claimIds: readonly string[] };
  article: { title: string; outlet: string | null; url: string | null; author: string | null; publishedAt: Date | null };
  organisation: { name: string; url: string | null; logoUrl: string | null };
  /** Every rating of the scale, retired ones too (claims keep them). */
  scale: ReadonlyArray<{ value: number | null }>;
  claims: ReadonlyArray<{
    id: string;
    text: string;
    speaker: string | null;
    /** The claim extractor's entities: they say whether the speaker is an organisation. */
    entities: unknown;
    rating: { key: string; labelEn: string; labelDe: string; value: number | null } | null;
    verdictExplanation: string | null;
    sources: ReadonlyArray<{
      url: string;
      title: string | null;
      publisher: string | null;
      accessedAt: Date | null;
      archiveUrl: string | null;
      stance: SourceStance;
      position: number;
    }>;
  }>;
}

/** A version's stored content as the snapshot it was frozen as (this format is the only one so far). */
export function readSnapshot(content: unknown): ReportSnapshot {
  if (typeof content !== 'object' || content === null || !('format' in content) || content.format !== SNAPSHOT_FORMAT) {
    throw new Error('A report version holds content in an unknown format');
  }
  return content as ReportSnapshot;
}

/** Freezes the draft and the claims' current verdicts into the content of a report version. */
export function buildReportSnapshot({ draft, article, organisation, scale, claims }: SnapshotInput): ReportSnapshot {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return {
    format: SNAPSHOT_FORMAT,
    headline: draft.headline,
    summary: draft.summary,
    language: draft.language,
    article: {
      title: article.title,
      outlet: article.outlet,
      url: safeExternalUrl(article.url),
      author: article.author,
      publishedAt: article.publishedAt?.toISOString() ?? null,
    },
    organisation: { name: organisation.name, url: safeExternalUrl(organisation.url), logoUrl: safeExternalUrl(organisation.logoUrl) },
    ratingScale: ratingBounds(scale),
    claims: draft.claimIds.map((id) => {
      const claim = byId.get(id);
      if (!claim) throw new AppError('CONFLICT', 'REPORT_CLAIM_NOT_APPROVED');
      const explanation = claim.verdictExplanation?.trim();
      if (!claim.rating || !explanation) throw new AppError('CONFLICT', 'VERDICT_INCOMPLETE');
      return {
        id: claim.id,
        text: claim.text,
        speaker: claim.speaker ? { name: claim.speaker, kind: speakerKind(claim.speaker, claim.entities) } : null,
        rating: { key: claim.rating.key, label: ratingLabel(claim.rating, draft.language), value: claim.rating.value },
        explanation,
        sources: [...claim.sources]
          .sort((a, b) => a.position - b.position)
          .flatMap((source) => {
            const url = safeExternalUrl(source.url);
            if (!url) return [];
            return [
              {
                url,
                title: source.title,
                publisher: source.publisher,
                accessedAt: source.accessedAt?.toISOString() ?? null,
                archiveUrl: safeExternalUrl(source.archiveUrl),
                stance: source.stance,
              },
            ];
          }),
      };
    }),
  };
}

/** The highest and lowest values on the scale (higher is truer). */
export function ratingBounds(scale: ReadonlyArray<{ value: number | null }>): ReportSnapshot['ratingScale'] {
  const values = scale.map((rating) => rating.value).filter((value): value is number => value !== null);
  return values.length ? { best: Math.max(...values), worst: Math.min(...values) } : { best: null, worst: null };
}

/** An Organization when the extractor tagged the speaker's name as one; a Person otherwise. */
export function speakerKind(speaker: string, entities: unknown): SpeakerKind {
  if (!Array.isArray(entities)) return 'Person';
  const name = speaker.trim().toLowerCase();
  const organisation = entities.some(
    (entity: unknown) =>
      typeof entity === 'object' &&
      entity !== null &&
      'kind' in entity &&
      'text' in entity &&
      entity.kind === 'organisation' &&
      typeof entity.text === 'string' &&
      entity.text.trim().toLowerCase() === name,
  );
  return organisation ? 'Organization' : 'Person';
}
