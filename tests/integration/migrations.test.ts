import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';

const run = promisify(execFile);

describe('database schema', () => {
  test('schema.prisma and the migrations agree', async () => {
    // The embedded engine needs a scratch database of its own, so this runs the CLI:
    // with DATABASE_URL unset it replays the migrations in a throwaway embedded one.
    const env = { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_KIND === 'server' ? process.env.TEST_DATABASE_URL : '' };
    if (!env.DATABASE_URL) delete env.DATABASE_URL;
    const { stdout } = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/db-migration-create.ts', '--check'], { env });
    expect(stdout).toContain('agree');
  }, 60_000);

  test('audit events cannot be changed or deleted', async () => {
    await db.$transaction((tx) => recordAuditEvent(tx, { actorId: null, entityType: 'User', entityId: 'x', action: 'test.recorded' }));
    await expect(db.auditEvent.updateMany({ where: { entityId: 'x' }, data: { action: 'test.rewritten' } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { entityId: 'x' } })).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { entityId: 'x', action: 'test.recorded' } })).toBe(1);
  });
});
