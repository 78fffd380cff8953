import { cache } from 'react';
import { db } from '@/lib/db';

/**
 * Everyone active, by name: the one query behind the assignee choices and the @mention hints,
 * shared within a request (the claim page shows both).
 */
export const listActiveUsers = cache(async () =>
  db.user.findMany({ where: { active: true }, select: { id: true, name: true, email: true, role: true }, orderBy: { name: 'asc' } }),
);
