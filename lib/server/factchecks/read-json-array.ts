import { Tokenizer, TokenParser, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import { FactCheckFileError, type ByteChunks, type FactCheckRecord } from './factcheck-file';
import { splitLines } from './split-lines';

const OPENING = new Set([TokenType.LEFT_BRACE, TokenType.LEFT_BRACKET]);
const CLOSING = new Set([TokenType.RIGHT_BRACE, TokenType.RIGHT_BRACKET]);

/**
 * The records of a JSON array, one at a time: the array is never held whole (a streaming
 * tokenizer, and each record dropped from the parser once handed out). Each record knows the
 * line it starts on; a file that is not one complete array fails with the line it breaks on.
 */
export async function* readJsonArray(chunks: ByteChunks): AsyncGenerator<FactCheckRecord> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ['$.*'], keepStack: false });
  let line = 1;
  let depth = 0;
  let sawToken = false;
  let record = 0;
  let recordLine = 1;
  /** Records the last piece completed, handed out after it. */
  let ready: FactCheckRecord[] = [];

  tokenizer.onToken = (token: ParsedTokenInfo) => {
    if (!sawToken && token.token !== TokenType.LEFT_BRACKET) throw new FactCheckFileError({ kind: 'not-an-array', line });
    sawToken = true;
    // A token at depth 1 that is not punctuation starts the next element of the top-level array.
    if (depth === 1 && token.token !== TokenType.COMMA && token.token !== TokenType.RIGHT_BRACKET) {
      record++;
      recordLine = line;
    }
    if (OPENING.has(token.token)) depth++;
    else if (CLOSING.has(token.token)) depth--;
    parser.write(token);
  };
  parser.onValue = ({ value }) => {
    ready.push({ value, place: { record, line: recordLine } });
  };
  parser.onEnd = () => {
    if (!tokenizer.isEnded) tokenizer.end();
  };

  const fail = (error: unknown): never => {
    if (error instanceof FactCheckFileError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new FactCheckFileError({ kind: 'invalid-json', line, record: depth >= 2 ? record : null, detail });
  };

  for await (const piece of splitLines(chunks)) {
    line = piece.line;
    try {
      tokenizer.write(piece.bytes);
    } catch (error) {
      fail(error);
    }
    if (ready.length) {
      const done = ready;
      ready = [];
      yield* done;
    }
  }
  if (!sawToken) throw new FactCheckFileError({ kind: 'empty' });
  if (!parser.isEnded) throw new FactCheckFileError({ kind: 'truncated', line, record: depth >= 2 ? record : null });
}
