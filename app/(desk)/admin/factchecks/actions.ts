'use server';

import { defineAction } from '@/lib/server/define-action';
import { importUploadedFactChecks } from '@/lib/server/factchecks/import-uploaded-factchecks';
import { factCheckFileSchema } from '@/lib/validations/factcheck';

/** Imports an uploaded file of ClaimReview records; a truncated or malformed file imports nothing. */
export const importFactChecksAction = defineAction({
  permission: 'factcheck:import',
  schema: factCheckFileSchema,
  run: ({ file }, user) => importUploadedFactChecks(user, file),
  revalidate: ['/admin/factchecks', '/articles/[articleId]', '/claims/[claimId]'],
});
