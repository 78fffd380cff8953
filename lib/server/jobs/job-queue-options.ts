import type PgBoss from 'pg-boss';
import { env } from '@/lib/config/env';

/**
 * Where pg-boss keeps its tables: its own schema beside the app's. Tests give each test file a
 * schema of its own (DATABASE_SCHEMA), and its jobs one beside it.
 */
export function jobQueueOptions(max: number): PgBoss.ConstructorOptions {
  const { DATABASE_URL, DATABASE_SCHEMA } = env();
  return {
    connectionString: DATABASE_URL,
    schema: DATABASE_SCHEMA ? `${DATABASE_SCHEMA}_jobs` : 'pgboss',
    max,
    application_name: 'factdesk-jobs',
  };
}
