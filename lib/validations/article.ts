import { z } from 'zod';
import { LANGUAGE_SAMPLE_LENGTH } from '@/lib/intake/limits';

/** Long enough for a long read, short enough that one paste cannot exhaust the server. */
export const MAX_ARTICLE_LENGTH = 200_000;

/** The languages a person may choose; 'auto' stores the one detected in the text. */
export const ARTICLE_LANGUAGES = ['auto', 'de', 'en'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .transform((value) => value || null)
    .nullish();

const webAddress = z.url({ protocol: /^https?$/, error: 'validation.url' });

export const articleSchema = z.object({
  title: z.string('validation.required').trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  outlet: optionalText(120),
  author: optionalText(200),
  url: z
    .union([z.literal(''), webAddress])
    .transform((value) => value || null)
    .nullish(),
  publishedAt: z
    .union([z.literal(''), z.coerce.date('validation.date')])
    .transform((value) => value || null)
    .nullish(),
  language: z.enum(ARTICLE_LANGUAGES, 'validation.invalidChoice').default('auto'),
  // Kept exactly as given, not trimmed: claim offsets point into it.
  body: z
    .string('validation.required')
    .max(MAX_ARTICLE_LENGTH, 'validation.tooLong')
    .refine((body) => body.trim().length > 0, 'validation.required'),
});

export type ArticleInput = z.infer<typeof articleSchema>;

/** A URL import: the page whose article fills the form. */
export const articleUrlSchema = z.object({
  url: z.string('validation.required').trim().min(1, 'validation.required').pipe(webAddress),
});

/** An uploaded file whose text fills the form (its type and size are checked while reading it). */
export const articleFileSchema = z.object({
  file: z.file('validation.required'),
});

export const articleIdSchema = z.object({
  articleId: z.string().min(1, 'validation.required').max(64, 'validation.invalid'),
});

/** The start of the text being typed, for showing which language it is in. */
export const languageSampleSchema = z.object({
  sample: z.string().max(LANGUAGE_SAMPLE_LENGTH, 'validation.tooLong').default(''),
});
