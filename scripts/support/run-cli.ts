/**
 * Runs a script's main function. A number it returns is the exit code, given
 * explicitly because the schema engine and database pools keep timers open; a
 * server's main returns nothing and the process lives on. A failure prints its
 * message (no stack: these are operator-facing) and exits 1.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exit(code);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
