import type { ByteChunks } from './factcheck-file';

const NEWLINE = 0x0a;

/** A piece of one line: at most one chunk long, so a file that is a single line is never held whole. */
export interface LinePiece {
  bytes: Uint8Array;
  /** The line it belongs to, from 1. */
  line: number;
  /** True when the piece ends its line (the newline is included in `bytes`), or the file ends. */
  lineEnds: boolean;
}

/** Cuts byte chunks at newlines, numbering lines as it goes; UTF-8 never has a newline byte inside a character. */
export async function* splitLines(chunks: ByteChunks): AsyncGenerator<LinePiece> {
  let line = 1;
  let pending = false;
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline + 1;
      yield { bytes: chunk.subarray(start, end), line, lineEnds: newline !== -1 };
      pending = newline === -1;
      if (newline !== -1) line++;
      start = end;
    }
  }
  if (pending) yield { bytes: new Uint8Array(0), line, lineEnds: true };
}
