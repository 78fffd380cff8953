export const ROLES = ['ADMIN', 'EDITOR', 'FACT_CHECKER'] as const;
export type Role = (typeof ROLES)[number];
