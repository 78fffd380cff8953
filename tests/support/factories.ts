import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/roles';
import { createUser } from '@/lib/server/users/create-user';

export const TEST_PASSWORD = 'correct horse battery staple';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@newsroom.example`;
}

export function createTestUser(role: Role, overrides: { email?: string; name?: string } = {}) {
  return createUser(
    { email: overrides.email ?? uniqueEmail(role.toLowerCase()), name: overrides.name ?? `Test ${role}`, role, password: TEST_PASSWORD },
    null,
  );
}

export async function createTestArticle(createdById: string, body = 'Die Stadt hat 2025 rund 3.000 Bäume gepflanzt.') {
  return db.article.create({
    data: { title: 'Testartikel', language: 'de', body, createdById },
    select: { id: true, body: true },
  });
}
