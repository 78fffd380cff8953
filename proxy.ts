import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseReachable } from '@/lib/server/health/database-health';
import { HTTP_STATUS } from '@/lib/errors/http-status';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locales';
import en from '@/lib/i18n/messages/en.json';
import de from '@/lib/i18n/messages/de.json';

const CATALOGS = { en, de };

// Without the database no page can work; answering 503 here, before rendering, gives
// browsers and load balancers the right status instead of a half-rendered error.
export async function proxy(request: NextRequest) {
  if (await isDatabaseReachable()) return NextResponse.next();
  const status = HTTP_STATUS.UNAVAILABLE;
  if (request.nextUrl.pathname.startsWith('/api/')) {
    const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = isLocale(cookie) ? cookie : (negotiateLocale(request.headers.get('accept-language')) ?? DEFAULT_LOCALE);
    const message = CATALOGS[locale].errors.codes.UNAVAILABLE;
    return NextResponse.json({ error: { code: 'UNAVAILABLE', message } }, { status, headers: { 'Retry-After': '5' } });
  }
  return NextResponse.rewrite(new URL('/unavailable', request.url), { status, headers: { 'Retry-After': '5' } });
}

// The public reports answer a database outage themselves (definePublicRoute: 503), and serve
// what they have cached without asking the database at all: the check here would only slow
// their every request.
export const config = {
  matcher: ['/((?!_next/|favicon.ico|icon.svg|unavailable|api/health|reports/|api/reports).*)'],
};
