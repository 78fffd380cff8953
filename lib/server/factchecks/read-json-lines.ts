import { FactCheckFileError, type ByteChunks, type FactCheckRecord } from './factcheck-file';
import { splitLines } from './split-lines';

/** A record is a few kilobytes; a line longer than this is not JSON Lines (and is never held whole). */
export const MAX_LINE_BYTES = 4_000_000;

/**
 * One record per non-empty line. A line that is not JSON stops the file (a truncated last line
 * is the common case), since a file cut or garbled in one place cannot be trusted in others.
 */
export async function* readJsonLines(chunks: ByteChunks): AsyncGenerator<FactCheckRecord> {
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  let record = 0;
  let sawLine = false;
  for await (const piece of splitLines(chunks)) {
    bytes += piece.bytes.length;
    if (bytes > MAX_LINE_BYTES) throw new FactCheckFileError({ kind: 'line-too-long', line: piece.line, limit: MAX_LINE_BYTES });
    text += decoder.decode(piece.bytes, { stream: !piece.lineEnds });
    if (!piece.lineEnds) continue;
    const line = text.replace(/^\uFEFF/, '').trim();
    text = '';
    bytes = 0;
    if (!line) continue;
    sawLine = true;
    record++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const lastLine = !piece.bytes.includes(0x0a);
      if (lastLine && /Unexpected end|Unterminated/i.test(detail)) throw new FactCheckFileError({ kind: 'truncated', line: piece.line, record });
      if (!lastLine && line.startsWith('{') && !line.endsWith('}')) throw new FactCheckFileError({ kind: 'object-over-lines', line: piece.line });
      throw new FactCheckFileError({ kind: 'invalid-json', line: piece.line, record, detail });
    }
    yield { value, place: { record, line: piece.line } };
  }
  if (!sawLine) throw new FactCheckFileError({ kind: 'empty' });
}
