import { Prisma } from '@/generated/prisma/client';

const SQL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The columns a Prisma `select` names, as one JSON object in raw SQL, so that a raw query reads
 * exactly what the Prisma readers of the same table read. Timestamps are written with their
 * offset (AT TIME ZONE 'UTC'), since the columns keep UTC without one; `withTimestamps` reads
 * them back as dates.
 */
export function sqlJsonObject(alias: string, fields: Record<string, true>, timestamps: readonly string[] = []): Prisma.Sql {
  const names = [alias, ...Object.keys(fields)];
  const wrong = names.find((name) => !SQL_NAME.test(name));
  if (wrong) throw new Error(`Not an SQL name: ${wrong}`);
  const pairs = Object.keys(fields).map((key) => `'${key}', ${alias}."${key}"${timestamps.includes(key) ? ` AT TIME ZONE 'UTC'` : ''}`);
  return Prisma.raw(`json_build_object(${pairs.join(', ')})`);
}

/** A row read through sqlJsonObject, its timestamps as dates again. */
export function withTimestamps<T>(row: Record<string, unknown>, timestamps: readonly string[]): T {
  const dated = { ...row };
  for (const key of timestamps) {
    const value = dated[key];
    dated[key] = typeof value === 'string' ? new Date(value) : value;
  }
  return dated as T;
}
