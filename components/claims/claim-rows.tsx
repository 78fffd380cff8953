'use client';

import Link from 'next/link';
import type { ClaimStatus } from '@/lib/workflow/claim-statuses';
import { ClaimStatusBadge } from './claim-status-badge';

/** One row of the claims table, its words already in the reader's language. */
export interface ClaimRow {
  id: string;
  /** What a checkbox submits: the claim and the version it was seen at. */
  ref: string;
  text: string;
  article: { id: string; title: string } | null;
  type: string;
  status: ClaimStatus;
  statusLabel: string;
  assignee: string | null;
  due: string | null;
  overdue: boolean;
  rating: string | null;
  updated: string;
}

interface ClaimRowsProps {
  rows: readonly ClaimRow[];
  /** The id of a form whose checkboxes pick claims, and of the label they share. */
  select?: { form: string; labelId: string };
  labels: { unassigned: string; overdue: string };
}

/**
 * The table's rows. A client component although it has no state: the page hands it the rows as
 * plain data, which costs a third of the bytes (and of the server's time) that the same rows as
 * server-rendered elements cost on their way through the page's payload.
 */
export function ClaimRows({ rows, select, labels }: ClaimRowsProps) {
  return rows.map((row) => (
    <tr key={row.id} data-claim-id={row.id} className={row.overdue ? 'bg-red-50' : undefined}>
      {select && (
        <td>
          <input type="checkbox" name="claims[]" value={row.ref} form={select.form} aria-labelledby={`${select.labelId} claim-${row.id}`} className="size-4" />
        </td>
      )}
      <td className="min-w-64 max-w-md">
        <Link id={`claim-${row.id}`} href={`/claims/${row.id}`} className="text-brand-700 hover:underline">
          {row.text}
        </Link>
      </td>
      {row.article && (
        <td className="max-w-48 text-slate-700">
          <Link href={`/articles/${row.article.id}`} className="hover:underline">
            {row.article.title}
          </Link>
        </td>
      )}
      <td>{row.type}</td>
      <td>
        <ClaimStatusBadge label={row.statusLabel} status={row.status} />
      </td>
      <td>{row.assignee ?? <span className="text-slate-500">{labels.unassigned}</span>}</td>
      <td className={row.overdue ? 'font-semibold text-red-800' : undefined}>
        {row.due ?? '–'}
        {row.overdue && <span className="ml-1 text-xs">({labels.overdue})</span>}
      </td>
      <td>{row.rating ?? '–'}</td>
      <td className="whitespace-nowrap text-slate-600">{row.updated}</td>
    </tr>
  ));
}
