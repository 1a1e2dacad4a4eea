// The file an import reads, and what goes wrong with one: shared by its readers (files.ts, xlsx-parts.ts).

/** The file, read from the start every time it is asked: bytes held, or a file on disk (the CLI's). */
export type ImportFile = Uint8Array | { path: string };

/** A file that cannot be read at all: one problem, saying what to do. */
export class UnreadableFile extends Error {
  readonly code = 'UNREADABLE_FILE';
}

/** How much of the file has been read, for a progress bar. */
export interface ReadProgress {
  bytes: number;
}
