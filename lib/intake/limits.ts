/** The largest file a person may upload: below Next.js's 1 MiB limit for a server action's whole request. */
export const MAX_UPLOAD_BYTES = 1_000_000;

/** A news page with its markup, inline scripts and styles; larger is not an article. */
export const MAX_PAGE_BYTES = 5_000_000;

/** The whole URL import, every redirect included. */
export const FETCH_TIMEOUT_MS = 10_000;

export const MAX_REDIRECTS = 5;

/** Enough text to tell German from English reliably, little enough to answer while the person types. */
export const LANGUAGE_SAMPLE_LENGTH = 4000;

/** A .docx is a zip: what its parts may unpack to (a small file could otherwise unpack to gigabytes). */
export const MAX_UNPACKED_DOCX_BYTES = 50_000_000;

/** The file types a person may upload, by extension, with what they hold. */
export const ARTICLE_FILE_TYPES = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
} as const;

export type ArticleFileKind = (typeof ARTICLE_FILE_TYPES)[keyof typeof ARTICLE_FILE_TYPES];
