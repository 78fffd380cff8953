import { loadEnvConfig } from '@next/env';

// The same .env files Next.js reads, loaded before the database is chosen. Tests
// deliberately do not load them: a production DATABASE_URL must never receive test data.
loadEnvConfig(process.cwd(), process.argv.includes('--dev') || process.env.npm_lifecycle_event === 'dev');
