import { z } from 'zod';

/** A file of ClaimReview records uploaded by an admin (its size is checked before it is read). */
export const factCheckFileSchema = z.object({
  file: z.file('validation.required').min(1, 'validation.required'),
});
