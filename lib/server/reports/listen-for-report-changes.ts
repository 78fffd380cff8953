import pg from 'pg';
import { REPORT_CHANGED_CHANNEL } from './notify-report-changed';

const RECONNECT_DELAY_MS = 2000;

interface ReportChangeHandlers {
  onChange(slug: string): void;
  /**
   * True once LISTEN is up; false when its connection is lost (with why, unless it was stop()),
   * after which notifications may be missed until it is true again.
   */
  onListening(listening: boolean, error?: Error): void;
}

/**
 * One connection that LISTENs for notifyReportChanged, reconnecting while the database is
 * away. Its failures go to onListening, never up: a database outage must not stop the server.
 */
export function listenForReportChanges(databaseUrl: string, handlers: ReportChangeHandlers): { stop(): Promise<void> } {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    const current = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
    client = current;
    let lost = false;
    let listening = false;
    const lose = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (listening) handlers.onListening(false, stopped ? undefined : (error ?? new Error('connection closed')));
      if (client === current) client = null;
      current.end().catch(() => {});
      if (!stopped) timer = setTimeout(connect, RECONNECT_DELAY_MS);
    };
    current.on('error', lose);
    current.on('end', () => lose());
    current.on('notification', ({ channel, payload }) => {
      if (channel === REPORT_CHANGED_CHANNEL && payload) handlers.onChange(payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${REPORT_CHANGED_CHANNEL}`);
      if (lost || stopped) return;
      listening = true;
      handlers.onListening(true);
    } catch (error) {
      lose(error instanceof Error ? error : new Error(String(error)));
    }
  };

  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
