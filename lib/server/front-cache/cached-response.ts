export interface CachedResponse {
  status: number;
  /** As Next sent them, lower-case names, without the per-connection ones (Date, Connection, …). */
  headers: Record<string, string | string[]>;
  body: Buffer;
  etag: string;
}
