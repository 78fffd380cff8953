/** Longer one-line texts are articles whose paragraphs were joined (the German news corpus is written so). */
const POST_MAX_LENGTH = 600;
/** A text this short that ends on a word, with no closing mark, is a post; a longer one may be a caption or teaser. */
const UNCLOSED_MAX_LENGTH = 300;

/** Marks of a reader's post rather than edited prose: a mention, an emoji or emoticon, doubled marks, an exclamation. */
const INFORMAL_MARK = /(?:^|\s)@\w|\p{Extended_Pictographic}|[:;]-?[)(DP](?![\p{L}\d])|[!?]{2,}|\.\.\.|!/u;
const LEADING_MENTIONS = /^(?:@\w+[\s,:]*)+/u;

/**
 * Whether a text reads as a reader's comment or social-media post rather than an article, from
 * the text alone: one short line with no headline, with an informal mark, or opening in lower
 * case (after any mentions), or short and ending without a closing mark.
 */
export function isInformalPost(text: string): boolean {
  if (text.length > POST_MAX_LENGTH || text.includes('\n')) return false;
  if (INFORMAL_MARK.test(text)) return true;
  const body = text.replace(LEADING_MENTIONS, '').trim();
  return /^\p{Ll}/u.test(body) || (body.length <= UNCLOSED_MAX_LENGTH && /\p{L}$/u.test(body));
}
