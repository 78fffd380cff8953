import { tidyText } from './tidy-text';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that stand as paragraphs of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TR', 'UL',
]);

/** Never text a reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD', 'BUTTON', 'SELECT', 'TEXTAREA']);

const CELLS = new Set(['TD', 'TH']);

/** A <br>, kept apart from the source's own line ends, which are only spaces outside <pre>. */
const LINE_BREAK = '\u2028';

/**
 * The readable text under a node: one paragraph per block element, separated by a blank
 * line (the claim extractor reads paragraphs), runs of spaces collapsed except inside <pre>.
 * Walks with its own stack, so deeply nested markup cannot overflow the call stack.
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  let preDepth = 0;
  const flush = () => {
    const text = (preDepth > 0 ? line : line.replace(/[ \t\n\r\f]+/g, ' ').trim()).replace(/ *\u2028 */g, '\n');
    if (text.trim()) paragraphs.push(text);
    line = '';
  };

  type Step = { node: Node; leaving: boolean };
  const stack: Step[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop() as Step;
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIPPED.has(tag)) continue;
    if (leaving) {
      if (BLOCKS.has(tag)) flush();
      if (tag === 'PRE') preDepth--;
      if (CELLS.has(tag)) line += ' ';
      continue;
    }
    if (tag === 'BR') {
      line += LINE_BREAK;
      continue;
    }
    if (BLOCKS.has(tag)) flush();
    if (tag === 'PRE') preDepth++;
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  flush();
  return tidyText(paragraphs.join('\n\n'));
}
