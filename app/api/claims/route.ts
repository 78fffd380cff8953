import { defineRoute } from '@/lib/server/define-route';
import { listClaims } from '@/lib/server/claims/list-claims';
import { claimFilterSchema } from '@/lib/validations/claim';

export const dynamic = 'force-dynamic';

/** The claims table as JSON, with the same filters, sorting and pages as /claims. */
export const GET = defineRoute({
  permission: ['claim:view-all', 'claim:view-assigned'],
  query: claimFilterSchema,
  run: (filter, user) => listClaims(user, filter),
});
