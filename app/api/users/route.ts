import { z } from 'zod';
import { defineRoute } from '@/lib/server/define-route';
import { listUsers } from '@/lib/server/users/list-users';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'user:manage',
  query: z.object({}),
  run: async () => ({ users: await listUsers() }),
});
