import { z } from 'zod';

/** Words, figures or names; long enough for a sentence pasted from an article. */
export const MAX_SEARCH_LENGTH = 300;
/** Pages past this are not worth paging to: the query should say more. */
export const MAX_SEARCH_PAGE = 50;

export const archiveSearchSchema = z.object({
  q: z.string('validation.required').trim().min(1, 'validation.required').max(MAX_SEARCH_LENGTH, 'validation.tooLong'),
  page: z.coerce
    .number('validation.invalid')
    .int('validation.invalid')
    .min(1, 'validation.invalid')
    .max(MAX_SEARCH_PAGE, 'validation.invalid')
    .default(1),
});

export type ArchiveSearch = z.output<typeof archiveSearchSchema>;
