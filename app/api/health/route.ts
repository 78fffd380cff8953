import { NextResponse } from 'next/server';
import { isDatabaseReachable } from '@/lib/server/health/database-health';

export const dynamic = 'force-dynamic';

/** Public on purpose (load balancers ask it); says nothing but up or down. */
export async function GET() {
  const database = await isDatabaseReachable();
  return NextResponse.json({ status: database ? 'ok' : 'unavailable' }, { status: database ? 200 : 503 });
}
