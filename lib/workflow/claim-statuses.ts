export const CLAIM_STATUSES = [
  'NEW',
  'DISMISSED',
  'ASSIGNED',
  'IN_RESEARCH',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
