import { z } from 'zod';
import { defineRoute } from '@/lib/server/define-route';
import { listClaims } from '@/lib/server/claims/list-claims';
import { CLAIM_STATUSES } from '@/lib/workflow/claim-statuses';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  articleId: z.string().min(1).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
});

export const GET = defineRoute({
  permission: ['claim:view-all', 'claim:view-assigned'],
  query: querySchema,
  run: async ({ articleId, status }, user) => ({
    claims: await listClaims(user, { articleId, statuses: status ? [status] : undefined }),
  }),
});
