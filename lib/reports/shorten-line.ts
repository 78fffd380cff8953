const ELLIPSIS = '…';

/** The text as one line, cut at a word boundary with an ellipsis when it is longer than `max` characters. */
export function shortenLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  // Code points, so an emoji or other astral character is never cut in half.
  const characters = Array.from(line);
  if (characters.length <= max) return line;
  const room = characters.slice(0, max - 1).join('');
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  return cut.replace(/[\s,;:.!?…\-–—]+$/u, '') + ELLIPSIS;
}
