import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { mayConnectTo } from '@/lib/intake/classify-address';
import { parseIpAddress, type IpNetwork } from '@/lib/intake/ip-address';
import { FETCH_TIMEOUT_MS, MAX_PAGE_BYTES, MAX_REDIRECTS } from '@/lib/intake/limits';

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  /** From the Content-Type header, if it names one. */
  charset: string | null;
  bytes: Buffer;
}

export interface FetchLimits {
  /** Non-public networks that may be reached anyway; the URL_IMPORT_ALLOWED_NETWORKS setting unless given. */
  allowedNetworks?: readonly IpNetwork[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MEGABYTE = 1_000_000;

const HEADERS = {
  'user-agent': 'Factdesk/0.1 (article import for fact-checking)',
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'de,en;q=0.8,*;q=0.5',
};

/** Why a URL import stopped, as the message beside the URL field. */
class Refusal extends Error {
  constructor(
    readonly key: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(key);
  }
}

function toAppError(refusal: Refusal): AppError {
  return new AppError('INVALID', undefined, { url: { key: refusal.key, values: refusal.values } });
}

/**
 * Resolves a host name and hands the socket only the addresses that passed the check, so the
 * connection goes to the very address that was checked (no window for DNS rebinding).
 */
function guardedLookup(allowed: readonly IpNetwork[]): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const usable = addresses.filter(({ address }) => mayConnectTo(address, allowed));
      const first = usable[0];
      if (!first) return callback(new Refusal('validation.urlPrivate'), '', 0);
      if (options.all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, usable);
      callback(null, first.address, first.family);
    });
  };
}

function checkTarget(url: URL, allowed: readonly IpNetwork[]): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refusal('validation.url');
  if (url.username || url.password) throw new Refusal('validation.url');
  // Node connects to an address literal without asking the resolver, so it is checked here.
  const literal = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (parseIpAddress(literal) && !mayConnectTo(literal, allowed)) throw new Refusal('validation.urlPrivate');
}

function open(url: URL, allowed: readonly IpNetwork[], signal: AbortSignal): Promise<http.IncomingMessage> {
  checkTarget(url, allowed);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // A fresh agent per request: a pooled socket must never carry a request to another host.
    const request = client.request(url, { method: 'GET', headers: HEADERS, signal, lookup: guardedLookup(allowed), agent: false }, resolve);
    request.on('error', reject);
    request.end();
  });
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) {
    if (encoding !== 'identity') throw new Refusal('validation.urlNotHtml');
    return response;
  }
  return pipeline(response, decoder, () => {});
}

/** The body, counted after decompression, so a small compressed answer cannot unpack to gigabytes. */
async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) throw new Refusal('validation.urlTooLarge', { limit: maxBytes / MEGABYTE });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(response)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new Refusal('validation.urlTooLarge', { limit: maxBytes / MEGABYTE });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function contentType(response: http.IncomingMessage): { type: string; charset: string | null } {
  const [type = '', ...parameters] = String(response.headers['content-type'] ?? '').split(';');
  const charset = parameters.map((part) => part.trim().match(/^charset\s*=\s*"?([^";]+)"?$/i)?.[1]).find(Boolean);
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() ?? null };
}

async function follow(start: URL, limits: Required<FetchLimits>, signal: AbortSignal): Promise<FetchedPage> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const response = await open(url, limits.allowedNetworks, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      if (redirects >= limits.maxRedirects) throw new Refusal('validation.urlRedirects', { limit: limits.maxRedirects });
      url = new URL(location, url);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new Refusal('validation.urlStatus', { status });
    }
    const { type, charset } = contentType(response);
    if (!HTML_TYPES.has(type)) {
      response.destroy();
      throw new Refusal('validation.urlNotHtml');
    }
    return { url: url.toString(), charset, bytes: await readBody(response, limits.maxBytes) };
  }
}

function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): Refusal {
  if (error instanceof Refusal) return error;
  if (signal.aborted) return new Refusal('validation.urlTimeout', { seconds: Math.ceil(timeoutMs / 1000) });
  return new Refusal('validation.urlUnreachable');
}

function parseUrl(address: string): URL {
  try {
    return new URL(address);
  } catch {
    throw new Refusal('validation.url');
  }
}

/**
 * Fetches a web page on the server for a URL import: http and https only, public addresses
 * only (checked on the resolved address of every redirect hop) unless the settings allow a
 * network, at most `maxRedirects` redirects, `maxBytes` bytes and `timeoutMs` for everything,
 * and only HTML. Each refusal is an INVALID AppError on the `url` field.
 */
export async function fetchPublicPage(address: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const settings: Required<FetchLimits> = {
    allowedNetworks: limits.allowedNetworks ?? env().URL_IMPORT_ALLOWED_NETWORKS,
    timeoutMs: limits.timeoutMs ?? FETCH_TIMEOUT_MS,
    maxBytes: limits.maxBytes ?? MAX_PAGE_BYTES,
    maxRedirects: limits.maxRedirects ?? MAX_REDIRECTS,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    return await follow(parseUrl(address), settings, controller.signal);
  } catch (error) {
    throw toAppError(describeFailure(error, controller.signal, settings.timeoutMs));
  } finally {
    clearTimeout(timer);
  }
}
