import pg from 'pg';
import { env } from '@/lib/config/env';

const CONNECT_TIMEOUT_MS = 1500;
// A healthy answer is trusted for a moment so that the check costs nothing under load;
// a failure is retried on the next request so the app recovers as soon as it can.
const HEALTHY_FOR_MS = 2000;

let healthyUntil = 0;
let pending: Promise<boolean> | null = null;

async function ping(): Promise<boolean> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function isDatabaseReachable(): Promise<boolean> {
  if (Date.now() < healthyUntil) return true;
  pending ??= ping().finally(() => {
    pending = null;
  });
  const healthy = await pending;
  healthyUntil = healthy ? Date.now() + HEALTHY_FOR_MS : 0;
  return healthy;
}
