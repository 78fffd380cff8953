const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasBom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte);
}

/** True for bytes no text file contains: a NUL means an image, an archive or a program. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * Bytes to text: `charset` when the sender named one, else UTF-8, else Windows-1252 (what
 * older German and English office software writes, and a superset of Latin-1).
 */
export function decodeText(bytes: Uint8Array, charset?: string | null): string {
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown charset label: fall through and guess.
    }
  }
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset an HTML document declares in a <meta> tag within its first kilobytes, if any. */
export function htmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return head.match(META_CHARSET)?.[1]?.toLowerCase() ?? null;
}
