'use client';

import { useMemo } from 'react';
import { highlightSegments } from '@/lib/text/highlight-segments';
import { STATUS_COLOURS } from '@/components/claims/claim-status-badge';
import type { TriageClaim } from './triage-claim';

interface ArticleTextProps {
  body: string;
  language: string;
  claims: TriageClaim[];
  activeId: string | null;
  onActivate: (id: string | null) => void;
  /** The selection the person made in the text, as offsets into the body, or null. */
  onSelect: (selection: { start: number; end: number } | null) => void;
  label: string;
}

/** Offsets into the body of a DOM position inside the text: each piece knows where it starts. */
function bodyOffset(node: Node | null, offset: number): number | null {
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const piece = element?.closest<HTMLElement>('[data-start]');
  return piece ? Number(piece.dataset.start) + offset : null;
}

/** The article with every claim's words highlighted in its status colour; hover or focus one to find it in the list. */
export function ArticleText({ body, language, claims, activeId, onActivate, onSelect, label }: ArticleTextProps) {
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const segments = useMemo(() => highlightSegments(body.length, claims), [body, claims]);

  function readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return onSelect(null);
    const range = selection.getRangeAt(0);
    const start = bodyOffset(range.startContainer, range.startOffset);
    const end = bodyOffset(range.endContainer, range.endOffset);
    onSelect(start !== null && end !== null && end > start ? { start, end } : null);
  }

  return (
    <div
      lang={language}
      aria-label={label}
      onMouseUp={readSelection}
      onKeyUp={readSelection}
      className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 leading-relaxed"
    >
      {segments.map((segment) => {
        const text = body.slice(segment.start, segment.end);
        const claim = segment.ids.map((id) => byId.get(id)).find(Boolean);
        if (!claim) {
          return (
            <span key={segment.start} data-start={segment.start}>
              {text}
            </span>
          );
        }
        const active = segment.ids.includes(activeId ?? '');
        return (
          <mark
            key={segment.start}
            data-start={segment.start}
            data-claim-ids={segment.ids.join(' ')}
            tabIndex={0}
            onMouseEnter={() => onActivate(claim.id)}
            onFocus={() => onActivate(claim.id)}
            onClick={() => document.getElementById(`triage-${claim.id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })}
            className={`rounded-sm px-0.5 ${STATUS_COLOURS[claim.status]} ${active ? 'ring-2 ring-brand-600' : ''}`}
          >
            {text}
          </mark>
        );
      })}
    </div>
  );
}
