// A browser test signs in, navigates and waits for the server: seconds, not milliseconds.
jest.setTimeout(60_000);
