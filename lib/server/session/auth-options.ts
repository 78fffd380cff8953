import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { toAppError } from '@/lib/errors/to-app-error';
import { signInSchema } from '@/lib/validations/user';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';

const SESSION_MAX_AGE_S = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new Error('INVALID_CREDENTIALS');
        try {
          return await verifyCredentials(parsed.data.email, parsed.data.password);
        } catch (error) {
          // next-auth hands the message to the sign-in page, which translates it.
          const appError = toAppError(error);
          if (!appError) throw error;
          throw new Error(appError.reason ?? appError.code);
        }
      },
    }),
  ],
  callbacks: {
    // The token carries only the user's id and session version: role, active flag and the
    // current version are read from the database on every request, so a change takes effect at once.
    jwt({ token, user }) {
      if (user) return { sub: user.id, sv: user.sessionVersion };
      return { sub: token.sub, sv: token.sv };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub, sessionVersion: token.sv } };
    },
  },
};
