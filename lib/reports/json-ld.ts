const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">` element. Escaping `<`, `>` and `&` as
 * \u003c etc. keeps `</script>` and `<!--` in user text from ending or confusing the
 * element; U+2028/U+2029 are escaped for the parsers that read JSON as JavaScript. The
 * escapes are valid JSON, so the data parses back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
