import { env } from '@/lib/config/env';

const LOCAL_ADDRESS = 'http://localhost:3000';

/**
 * The address readers use, for canonical links, JSON-LD and exports: the configured one
 * (NEXTAUTH_URL, which `npm start` always sets), never the request's Host header, which
 * anyone can set and which would then be cached for everyone.
 */
export function publicBaseUrl(): string {
  return (env().NEXTAUTH_URL ?? LOCAL_ADDRESS).replace(/\/+$/, '');
}
