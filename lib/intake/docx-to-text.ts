import mammoth from 'mammoth';
import { tidyText } from './tidy-text';

/** The paragraphs of a Word document (mammoth reads the XML inside; nothing is fetched or run). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return tidyText(value);
}
