// What every CLI does around its own work: run it with the command line's arguments and
// exit with the code it returns; an unexpected error prints its message and exits 1.

export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

/** Wrong usage: what is wrong, then how to call it; exit code 2. */
export function usageError(usage: string, message: string): number {
  console.error(`${message}\n${usage}`);
  return 2;
}
