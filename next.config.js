const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/server/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own directory so that they never serve a stale user build.
  distDir: process.env.FACTDESK_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  agentRules: false,
  experimental: { authInterrupts: true },
  // `npm run typecheck` (part of `npm test` and CI) checks types once for the whole project.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
