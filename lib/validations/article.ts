import { z } from 'zod';

/** Long enough for a long read, short enough that one paste cannot exhaust the server. */
export const MAX_ARTICLE_LENGTH = 200_000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .transform((value) => value || null)
    .nullish();

export const articleSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  outlet: optionalText(120),
  author: optionalText(200),
  url: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'validation.url' })])
    .transform((value) => value || null)
    .nullish(),
  publishedAt: z
    .union([z.literal(''), z.coerce.date('validation.date')])
    .transform((value) => value || null)
    .nullish(),
  /** 'auto' lets the claim extractor detect it. */
  language: z.enum(['auto', 'de', 'en'], 'validation.invalidChoice').default('auto'),
  // Kept exactly as given, not trimmed: claim offsets point into it.
  body: z
    .string()
    .refine((body) => body.trim().length > 0, 'validation.required')
    .refine((body) => body.length <= MAX_ARTICLE_LENGTH, 'validation.tooLong'),
});

export type ArticleInput = z.infer<typeof articleSchema>;
