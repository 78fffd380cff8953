import { isClaimReviewType } from './claim-review-type';

/** One `application/ld+json` block of a page: its JSON, or why it could not be read. */
export type JsonLdBlock = { ok: true; index: number; value: unknown } | { ok: false; index: number; error: 'invalid-json' };

/** Nesting deeper than this is not a fact-check page; it is not walked. */
const MAX_DEPTH = 32;
/** More objects than this in one block are not walked either (a page is not a data dump). */
const MAX_NODES = 100_000;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}

/** The attributes of a start tag (`<script …>`), lower-cased names; the index after its `>`, or -1. */
function readAttributes(html: string, from: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  let i = from;
  while (i < html.length) {
    while (i < html.length && (isSpace(html.charAt(i)) || html.charAt(i) === '/')) i++;
    if (i >= html.length) break;
    if (html.charAt(i) === '>') return { attributes, end: i + 1 };
    const nameStart = i;
    while (i < html.length && !isSpace(html.charAt(i)) && !'=>/'.includes(html.charAt(i))) i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < html.length && isSpace(html.charAt(i))) i++;
    let value = '';
    if (html.charAt(i) === '=') {
      i++;
      while (i < html.length && isSpace(html.charAt(i))) i++;
      const quote = html.charAt(i);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return { attributes, end: -1 };
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !isSpace(html.charAt(i)) && html.charAt(i) !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    if (name && !attributes.has(name)) attributes.set(name, value);
  }
  return { attributes, end: -1 };
}

function isJsonLdType(type: string | undefined): boolean {
  return (type ?? '').split(';')[0]?.trim().toLowerCase() === 'application/ld+json';
}

/** Wrappers some sites put around the JSON: CDATA markers, HTML comment markers. */
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
}

/** Commas before a closing bracket, a frequent hand-written error; only outside strings. */
function withoutTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text.charAt(i + 1);
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (c === ',') {
      let j = i + 1;
      while (j < text.length && isSpace(text.charAt(j))) j++;
      if (text.charAt(j) === '}' || text.charAt(j) === ']') continue;
    }
    out += c;
  }
  return out;
}

function parseBlock(raw: string): { ok: true; value: unknown } | { ok: false } {
  const text = unwrap(raw);
  for (const attempt of [text, withoutTrailingCommas(text)]) {
    try {
      return { ok: true, value: JSON.parse(attempt) as unknown };
    } catch {
      // The next attempt, or a refusal below.
    }
  }
  return { ok: false };
}

/**
 * The `<script type="application/ld+json">` blocks of an HTML page, in page order, each parsed or
 * marked invalid. Blocks inside HTML comments are skipped; an unclosed block runs to the end of
 * the page. Pure and linear in the length of the page.
 */
export function findJsonLdBlocks(html: string): JsonLdBlock[] {
  const blocks: JsonLdBlock[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const script = lower.indexOf('<script', i);
    if (script < 0) break;
    const comment = lower.indexOf('<!--', i);
    if (comment >= 0 && comment < script) {
      const close = lower.indexOf('-->', comment + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const after = lower.charAt(script + 7);
    if (after && !isSpace(after) && after !== '>' && after !== '/') {
      i = script + 7;
      continue;
    }
    const { attributes, end } = readAttributes(html, script + 7);
    if (end < 0) break;
    const close = lower.indexOf('</script', end);
    const contentEnd = close < 0 ? html.length : close;
    if (isJsonLdType(attributes.get('type'))) {
      const parsed = parseBlock(html.slice(end, contentEnd));
      const index = blocks.length;
      blocks.push(parsed.ok ? { ok: true, index, value: parsed.value } : { ok: false, index, error: 'invalid-json' });
    }
    i = close < 0 ? html.length : close + 8;
  }
  return blocks;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every ClaimReview object in a JSON-LD value: top level, in lists, in `@graph`, or nested in another object. */
export function claimReviewsIn(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  let nodes = 0;
  const walk = (v: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || ++nodes > MAX_NODES) return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1);
      return;
    }
    if (!isRecord(v)) return;
    // A ClaimReview's parts (its item reviewed, its rating) hold no further reviews.
    if (isClaimReviewType(v['@type'])) {
      found.push(v);
      return;
    }
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) walk(child, depth + 1);
  };
  walk(value, 0);
  return found;
}
