import { z } from 'zod';

/** Lower-case words joined by hyphens, like "mostly-false": exports and the ClaimReview mapping use it. */
export const RATING_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ratingId = z.string().min(1);

const label = z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong');

/** schema.org reviewRating's ratingValue: a whole number, or empty for a rating outside the truth scale. */
const value = z
  .string()
  .trim()
  .regex(/^(-?\d{1,3})?$/, 'validation.ratingValue')
  .transform((text) => (text === '' ? null : Number(text)));

const ratingFields = { labelEn: label, labelDe: label, value };

export const createRatingSchema = z.object({
  key: z.string().trim().toLowerCase().min(1, 'validation.required').max(40, 'validation.tooLong').regex(RATING_KEY_PATTERN, 'validation.ratingKey'),
  ...ratingFields,
});

export const updateRatingSchema = z.object({ ratingId, ...ratingFields });

export const moveRatingSchema = z.object({ ratingId, direction: z.enum(['up', 'down'], 'validation.invalidChoice') });

export const setRatingRetiredSchema = z.object({
  ratingId,
  retired: z.enum(['true', 'false'], 'validation.invalidChoice').transform((retired) => retired === 'true'),
});

export type CreateRatingInput = z.output<typeof createRatingSchema>;
export type RatingChange = Omit<z.output<typeof updateRatingSchema>, 'ratingId'>;
