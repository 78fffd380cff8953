/** In workflow order; the board shows them as columns in this order. */
export const CLAIM_STATUSES = [
  'CANDIDATE',
  'REJECTED',
  'OPEN',
  'ASSIGNED',
  'IN_RESEARCH',
  'IN_CROSS_CHECK',
  'IN_REVIEW',
  'RETURNED',
  'APPROVED',
  'PUBLISHED',
] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Statuses in which a claim has (or may be given) an assignee. */
export const ASSIGNABLE_STATUSES: readonly ClaimStatus[] = ['OPEN', 'ASSIGNED', 'IN_RESEARCH', 'RETURNED'];

/** Statuses in which a claim is someone's work in progress: a due date in the past makes it overdue. */
export const ACTIVE_STATUSES: readonly ClaimStatus[] = ['ASSIGNED', 'IN_RESEARCH', 'IN_CROSS_CHECK', 'IN_REVIEW', 'RETURNED'];
