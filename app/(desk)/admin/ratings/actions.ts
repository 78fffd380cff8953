'use server';

import { defineAction } from '@/lib/server/define-action';
import { createRatingSchema, moveRatingSchema, setRatingRetiredSchema, updateRatingSchema } from '@/lib/validations/rating';
import { createRating } from '@/lib/server/ratings/create-rating';
import { moveRating } from '@/lib/server/ratings/move-rating';
import { setRatingRetired } from '@/lib/server/ratings/set-rating-retired';
import { updateRating } from '@/lib/server/ratings/update-rating';

const RATINGS_PAGE = '/admin/ratings';

export const createRatingAction = defineAction({
  permission: 'settings:manage',
  schema: createRatingSchema,
  run: async (input, admin) => (await createRating(input, admin.id)).key,
  revalidate: [RATINGS_PAGE],
});

export const updateRatingAction = defineAction({
  permission: 'settings:manage',
  schema: updateRatingSchema,
  run: async ({ ratingId, ...change }, admin) => (await updateRating(ratingId, change, admin.id)).key,
  revalidate: [RATINGS_PAGE],
});

export const moveRatingAction = defineAction({
  permission: 'settings:manage',
  schema: moveRatingSchema,
  run: async ({ ratingId, direction }, admin) => moveRating(ratingId, direction, admin.id),
  revalidate: [RATINGS_PAGE],
});

export const setRatingRetiredAction = defineAction({
  permission: 'settings:manage',
  schema: setRatingRetiredSchema,
  run: async ({ ratingId, retired }, admin) => setRatingRetired(ratingId, retired, admin.id),
  revalidate: [RATINGS_PAGE],
});
