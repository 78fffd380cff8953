// Runs before each integration test file is loaded: lib/db reads these on first use.
const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('Integration tests need a database: run them through `npm test`.');

process.env.DATABASE_URL = url;
// Each test file works in a fresh schema of its own.
process.env.DATABASE_SCHEMA = `t_${process.env.JEST_WORKER_ID ?? '0'}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
