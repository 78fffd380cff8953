import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  /** Only the user's id and session version: everything else is read from the database per request. */
  interface Session {
    user: { id?: string; sessionVersion?: number };
  }

  interface User {
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** User.sessionVersion at sign-in: once the user's is higher, the token no longer signs anyone in. */
    sv?: number;
  }
}
