import type { ClaimStatus } from '@/lib/workflow/claim-statuses';

/** How a claim is named in a bulk form: its id and the version the person saw. */
export function claimRef(claim: { id: string; version: number }): string {
  return `${claim.id}:${claim.version}`;
}

/** A claim as the triage view gets it from the server (dates as strings, reasons as codes). */
export interface TriageClaim {
  id: string;
  version: number;
  text: string;
  start: number;
  end: number;
  type: string;
  score: number;
  reasons: string[];
  status: ClaimStatus;
  assignee: string | null;
  rejectedBy: string | null;
  addedBy: string | null;
  /** Set when the archive holds a strong match: the claim may have been checked before. */
  strongMatch?: { score: number; crossLanguage: boolean } | null;
}
