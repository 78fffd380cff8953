import autocannon from 'autocannon';

export const CONNECTIONS = 20;

export interface LoadMeasurement {
  requestsPerSecond: number;
  /** Responses received. */
  requests: number;
  p50: number;
  p95: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

/** The latency below which `share` of the sorted values fall. */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Infinity;
}

/**
 * `connections` clients asking for `url` as fast as it answers, for `durationS` seconds.
 * autocannon reports p90 and p97.5; p50 and p95 come from every response's own latency.
 */
export async function measureLoad(
  url: string,
  { durationS, connections = CONNECTIONS, headers }: { durationS: number; connections?: number; headers?: Record<string, string> },
): Promise<LoadMeasurement> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationS, headers }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    requests: latencies.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
