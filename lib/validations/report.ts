import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

export const MAX_HEADLINE_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 3000;
export const MAX_NOTE_LENGTH = 2000;
/** A report is one article's claims: more than this is a sign of a mistake, not of diligence. */
export const MAX_REPORT_CLAIMS = 100;

const requiredText = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const reportDraftSchema = z.object({
  articleId: z.string().min(1),
  headline: requiredText(MAX_HEADLINE_LENGTH),
  summary: requiredText(MAX_SUMMARY_LENGTH),
  language: z.enum(LOCALES, 'validation.invalidChoice'),
  /** The chosen claims in the report's order, comma-separated (the form keeps the order in one field). */
  claimIds: z
    .string()
    .default('')
    .transform((ids) => [...new Set(ids.split(',').map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.string()).min(1, 'validation.required').max(MAX_REPORT_CLAIMS, 'validation.tooLong')),
});

export type ReportDraftInput = z.output<typeof reportDraftSchema>;

export const publishReportSchema = z.object({
  articleId: z.string().min(1),
  /** What the editor previewed (see lib/reports/report-fingerprint.ts): publishing anything else is refused. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** Required for a correction; the server knows whether this is one. */
  correctionNote: z
    .string()
    .trim()
    .max(MAX_NOTE_LENGTH, 'validation.tooLong')
    .default('')
    .transform((note) => note || null),
});

export type PublishReportInput = z.output<typeof publishReportSchema>;

export const unpublishReportSchema = z.object({
  articleId: z.string().min(1),
  reason: requiredText(MAX_NOTE_LENGTH),
});

export type UnpublishReportInput = z.output<typeof unpublishReportSchema>;

const positiveInt = z.coerce.number().int().positive().max(1_000_000);

/** The public addresses' parameters: a slug, and a version where one is asked for. */
export const publicReportQuerySchema = z.object({
  slug: z.string().min(1).max(200),
  version: positiveInt.optional(),
});

export const reportListQuerySchema = z.object({
  page: positiveInt.default(1),
});
