// Runs once when the server starts: refuse to serve with an incomplete configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/config/env');
  env();
}
