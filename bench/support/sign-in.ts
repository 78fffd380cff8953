/** `name=value` pairs of a response's Set-Cookie headers, merged over the ones sent. */
function mergeCookies(sent: Map<string, string>, response: Response): Map<string, string> {
  const jar = new Map(sent);
  for (const header of response.headers.getSetCookie()) {
    const [pair = ''] = header.split(';');
    const at = pair.indexOf('=');
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

/**
 * Signs in through next-auth's credentials flow as the sign-in form does (CSRF token, then the
 * credentials callback) and returns the Cookie header that carries the session.
 */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfResponse.ok) throw new Error(`/api/auth/csrf answered ${csrfResponse.status}`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  let jar = mergeCookies(new Map(), csrfResponse);
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  jar = mergeCookies(jar, signIn);
  if (![...jar.keys()].some((name) => name.endsWith('next-auth.session-token'))) {
    throw new Error(`Signing in as ${email} failed (${signIn.status}): no session cookie`);
  }
  return cookieHeader(jar);
}
