import { Prisma } from '@/generated/prisma/client';
import { env } from '@/lib/config/env';

/**
 * A table or function of the app's schema, for raw SQL. Prisma qualifies its own queries with
 * DATABASE_SCHEMA (each integration test file works in a schema of its own); raw SQL must do the
 * same, since the session's search_path does not follow it.
 */
export function sqlName(name: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not an SQL name: ${name}`);
  const schema = env().DATABASE_SCHEMA;
  return Prisma.raw(schema ? `"${schema}"."${name}"` : `"${name}"`);
}
