import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@/generated/prisma/client';
import { env } from '@/lib/config/env';
import { appendToQueryLog } from '@/lib/database/query-log';
import { SESSION_OPTIONS } from '@/lib/database/session-options';

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_SCHEMA, FACTDESK_QUERY_LOG } = env();
  const adapter = new PrismaPg(
    { connectionString: DATABASE_URL, connectionTimeoutMillis: 3000, options: SESSION_OPTIONS },
    DATABASE_SCHEMA ? { schema: DATABASE_SCHEMA } : undefined,
  );
  if (!FACTDESK_QUERY_LOG) return new PrismaClient({ adapter });
  // bench:load counts each page's statements and replays them; nothing else sets this.
  const logging = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  logging.$on('query', (event) => appendToQueryLog(FACTDESK_QUERY_LOG, event));
  return logging;
}

// One client per process (hot reload would otherwise open a pool per edit), created on
// first use so that building the app needs no database and no configuration.
const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient };

function client(): PrismaClient {
  globalForDb.factdeskDb ??= createClient();
  return globalForDb.factdeskDb;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

export type Tx = Prisma.TransactionClient;
