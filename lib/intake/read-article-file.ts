import { AppError } from '@/lib/errors/app-error';
import { decodeText, htmlCharset, looksBinary } from './decode-text';
import { docxToText } from './docx-to-text';
import { articleFileKind } from './article-file-kind';
import { MAX_UNPACKED_DOCX_BYTES, MAX_UPLOAD_BYTES, type ArticleFileKind } from './limits';
import { markdownToText } from './markdown-to-text';
import { readArticleHtml, type ArticleDraft } from './read-article-html';
import { tidyText } from './tidy-text';
import { zipUnpackedSize } from './zip-unpacked-size';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const MEGABYTE = 1_000_000;

export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
}

function refuse(field: string, key: string, values?: Record<string, string | number>): AppError {
  return new AppError('INVALID', undefined, { [field]: { key, values } });
}

/** "Haushalt_2026-Entwurf.docx" → "Haushalt 2026 Entwurf": a title to start from. */
function titleFromName(name: string): string | null {
  const stem = name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return stem || null;
}

async function textOf(kind: ArticleFileKind, bytes: Uint8Array, field: string): Promise<Partial<ArticleDraft> & { body: string }> {
  if (kind === 'docx') {
    const unpacked = ZIP_MAGIC.every((byte, i) => bytes[i] === byte) ? zipUnpackedSize(bytes) : null;
    if (unpacked === null) throw refuse(field, 'validation.fileUnreadable');
    if (unpacked > MAX_UNPACKED_DOCX_BYTES) throw refuse(field, 'validation.fileTooLarge', { limit: MAX_UPLOAD_BYTES / MEGABYTE });
    try {
      return { body: await docxToText(bytes) };
    } catch {
      throw refuse(field, 'validation.fileUnreadable');
    }
  }
  if (looksBinary(bytes)) throw refuse(field, 'validation.fileType');
  if (kind === 'html') return readArticleHtml(decodeText(bytes, htmlCharset(bytes)));
  const text = decodeText(bytes);
  if (kind === 'markdown') return { body: markdownToText(text) };
  return { body: tidyText(text) };
}

/**
 * The article in an uploaded file: .txt, .md, .html (its main text, as in a URL import) or
 * .docx. Refuses, on the field named `field`, files too large, of another type, unreadable
 * or without any text.
 */
export async function readArticleFile(file: ArticleFile, field = 'file'): Promise<ArticleDraft> {
  if (!file.name && file.bytes.length === 0) throw refuse(field, 'validation.required');
  const kind = articleFileKind(file.name);
  if (!kind) throw refuse(field, 'validation.fileType');
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw refuse(field, 'validation.fileTooLarge', { limit: MAX_UPLOAD_BYTES / MEGABYTE });
  const draft = await textOf(kind, file.bytes, field);
  if (!draft.body.trim()) throw refuse(field, 'validation.fileNoText');
  return {
    title: draft.title ?? titleFromName(file.name),
    author: draft.author ?? null,
    outlet: draft.outlet ?? null,
    publishedAt: draft.publishedAt ?? null,
    body: draft.body,
  };
}
