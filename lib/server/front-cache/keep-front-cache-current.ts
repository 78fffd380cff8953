import { listenForReportChanges } from '@/lib/server/reports/listen-for-report-changes';
import { expireReportCache } from '@/lib/server/reports/public-report-cache';
import { frontCache } from './front-cache';

/**
 * Turns the process's front cache on while it hears every publication: a report's answers
 * go when any instance publishes, corrects or withdraws it. While the database's
 * notifications are not reaching it (an outage, a restart of PostgreSQL) the cache is empty
 * and stands aside, because it could miss one. `onChange` hears each report after it went;
 * `listening` settles when the cache first turns on (the server does not wait for it).
 */
export function keepFrontCacheCurrent(databaseUrl: string, { maxMegabytes, onChange }: { maxMegabytes: number; onChange?: (slug: string) => void }) {
  const cache = frontCache(maxMegabytes);
  let turnedOn = () => {};
  const listening = new Promise<void>((resolve) => (turnedOn = resolve));
  const listener = listenForReportChanges(databaseUrl, {
    onChange(slug) {
      expireReportCache(slug);
      onChange?.(slug);
    },
    onListening(heard, error) {
      // Kept answers may predate a publication it missed.
      cache.entries.clear();
      cache.listening = heard;
      if (heard) turnedOn();
      else if (error) console.error(`Lost the database's report notifications (${error.message}); public reports bypass the front cache until they are back.`);
    },
  });
  return { listening, stop: listener.stop };
}
