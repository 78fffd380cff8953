// Runs once when the server starts: an incomplete configuration stops it there.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { exitUnlessConfigured } = await import('./lib/config/env');
  exitUnlessConfigured();
}
