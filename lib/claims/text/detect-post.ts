/** Longer one-line texts are articles whose paragraphs were joined (the German news corpus is written so). */
const POST_MAX_LENGTH = 600;
/** A text this short that ends on a word, with no closing mark, is a post; a longer one may be a caption or teaser. */
const UNCLOSED_MAX_LENGTH = 300;

/** Marks of a reader's post rather than edited prose: a mention, an emoji or emoticon, doubled marks, an exclamation. */
const INFORMAL_MARK = /(?:^|\s)@\w|\p{Extended_Pictographic}|[:;]-?[)(DP](?![\p{L}\d])|[!?]{2,}|\.\.\.|!/u;
/** Past this, even a one-line text with a post's mark is read as an article (each sentence of a post reads all its words). */
const MARKED_MAX_LENGTH = 5000;
/** What marks a longer post: it answers someone (opens with a mention), or it has an emoji. */
const POST_MARK = /^@\w|\p{Extended_Pictographic}/u;
/**
 * The informal you ("du", "euch") and the first person singular, in lower case (inside a sentence):
 * a comment speaks to someone or for oneself; a short article text rarely does.
 */
const PERSONAL_WORD = /(?:^|[^\p{L}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|eure|euren|eurem|eurer|ich|mich|mir|mein|meine|meinen|meinem|meiner)(?![\p{L}])/u;
const LEADING_MENTIONS = /^(?:@\w+[\s,:]*)+/u;

/**
 * Whether a text reads as a reader's comment or social-media post rather than an article, from
 * the text alone: one line with no headline, not too long, that opens with a mention or has an
 * emoji; or one short line with an informal mark, the informal you or the first person, or
 * opening in lower case (after any mentions), or shorter still and ending without a closing mark.
 */
export function isInformalPost(text: string): boolean {
  if (text.length > MARKED_MAX_LENGTH || text.includes('\n')) return false;
  if (POST_MARK.test(text)) return true;
  if (text.length > POST_MAX_LENGTH) return false;
  if (INFORMAL_MARK.test(text) || PERSONAL_WORD.test(text)) return true;
  const body = text.replace(LEADING_MENTIONS, '').trim();
  return /^\p{Ll}/u.test(body) || (body.length <= UNCLOSED_MAX_LENGTH && /\p{L}$/u.test(body));
}
