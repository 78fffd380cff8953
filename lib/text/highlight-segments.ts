export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** The spans covering this piece of text, in the order given. */
  ids: string[];
}

/**
 * Cuts a text into pieces at every span boundary, so each piece is covered by the same spans
 * throughout: what the article view needs to highlight claims, overlapping ones included.
 * Spans outside the text are clipped; empty pieces are left out.
 */
export function highlightSegments(length: number, spans: readonly Span[]): Segment[] {
  const clipped = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(length, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, length, ...clipped.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    if (end <= start) continue;
    segments.push({ start, end, ids: clipped.filter((span) => span.start <= start && span.end >= end).map((span) => span.id) });
  }
  return segments;
}
