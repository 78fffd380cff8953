import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { PrismaClient } from '@/generated/prisma/client';
import { readQueryLog } from '@/lib/database/query-log';

const file = path.join(os.tmpdir(), `factdesk-query-log-${process.pid}-${Date.now()}.jsonl`);
let db: PrismaClient;

// The client reads its configuration once, when it is created: a fresh one with the log on.
beforeAll(() => {
  process.env.FACTDESK_QUERY_LOG = file;
  delete (globalThis as { factdeskDb?: unknown }).factdeskDb;
  jest.isolateModules(() => {
    ({ db } = require('@/lib/db') as typeof import('@/lib/db'));
  });
});

afterAll(async () => {
  await db.$disconnect();
  delete process.env.FACTDESK_QUERY_LOG;
  delete (globalThis as { factdeskDb?: unknown }).factdeskDb;
  fs.rmSync(file, { force: true });
});

describe('the query log (FACTDESK_QUERY_LOG)', () => {
  test('records every statement Prisma sends with its parameters, readable from where a request began', async () => {
    await db.user.count();
    const offset = fs.statSync(file).size;
    await db.rating.findMany({ where: { key: 'mostly-false' }, select: { labelEn: true } });

    const all = readQueryLog(file);
    expect(all).toHaveLength(2);
    expect(all[0]?.sql).toMatch(/COUNT\(\*\)/);
    const [rating] = readQueryLog(file, offset);
    expect(readQueryLog(file, offset)).toHaveLength(1);
    expect(rating?.sql).toContain('"Rating"');
    expect(rating?.params).toContain('mostly-false');
    expect(rating?.durationMs).toBeGreaterThanOrEqual(0);
  });

  test('a logged statement runs again as it stands through pg, as bench:load replays it', async () => {
    const offset = fs.statSync(file).size;
    await db.rating.findMany({ where: { key: 'mostly-false' }, select: { labelEn: true } });
    const [statement] = readQueryLog(file, offset);
    if (!statement) throw new Error('Nothing was logged');
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(statement.sql, statement.params);
      expect(rows).toEqual([expect.objectContaining({ labelEn: 'Mostly false' })]);
    } finally {
      await client.end();
    }
  });
});
