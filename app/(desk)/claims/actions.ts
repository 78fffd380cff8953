'use server';

import { defineAction } from '@/lib/server/define-action';
import { addClaim } from '@/lib/server/claims/add-claim';
import { addNote } from '@/lib/server/claims/add-note';
import { addSource } from '@/lib/server/claims/add-source';
import { assignClaims } from '@/lib/server/claims/assign-claims';
import { mergeClaims } from '@/lib/server/claims/merge-claims';
import { moveClaim, moveClaims } from '@/lib/server/claims/move-claim';
import { moveSource } from '@/lib/server/claims/move-source';
import { removeSource } from '@/lib/server/claims/remove-source';
import { rewordClaim } from '@/lib/server/claims/reword-claim';
import { saveVerdict } from '@/lib/server/claims/save-verdict';
import { submitCrossCheck } from '@/lib/server/claims/submit-cross-check';
import { updateSource } from '@/lib/server/claims/update-source';
import { linkMatch } from '@/lib/server/matching/link-match';
import { startResearchFromMatch } from '@/lib/server/matching/start-research-from-match';
import { unlinkMatch } from '@/lib/server/matching/unlink-match';
import { matchActionSchema } from '@/lib/validations/matching';
import {
  addClaimSchema,
  addNoteSchema,
  addSourceSchema,
  assignClaimsSchema,
  crossCheckSchema,
  mergeClaimsSchema,
  moveClaimSchema,
  moveClaimsSchema,
  moveSourceSchema,
  removeSourceSchema,
  rewordClaimSchema,
  updateSourceSchema,
  verdictSchema,
} from '@/lib/validations/claim';

// Claim pages read fresh data on every request; the list and board pages are refreshed here.
const CLAIM_PAGES = ['/claims', '/review', '/articles/[articleId]', '/claims/[claimId]'];

export const moveClaimAction = defineAction({
  permission: ['claim:triage', 'claim:research', 'claim:cross-check', 'claim:review'],
  schema: moveClaimSchema,
  run: (input, user) => moveClaim(user, input),
  revalidate: CLAIM_PAGES,
});

export const moveClaimsAction = defineAction({
  permission: 'claim:triage',
  schema: moveClaimsSchema,
  run: ({ claims, move }, user) => moveClaims(user, move, claims),
  revalidate: CLAIM_PAGES,
});

export const assignClaimsAction = defineAction({
  permission: ['claim:assign-any', 'claim:assign-open'],
  schema: assignClaimsSchema,
  run: (input, user) => assignClaims(user, input),
  revalidate: CLAIM_PAGES,
});

export const rewordClaimAction = defineAction({
  permission: 'claim:triage',
  schema: rewordClaimSchema,
  run: (input, user) => rewordClaim(user, input),
  revalidate: CLAIM_PAGES,
});

export const mergeClaimsAction = defineAction({
  permission: 'claim:triage',
  schema: mergeClaimsSchema,
  run: ({ claims }, user) => mergeClaims(user, claims),
  revalidate: CLAIM_PAGES,
});

export const addClaimAction = defineAction({
  permission: 'claim:triage',
  schema: addClaimSchema,
  run: (input, user) => addClaim(user, input),
  revalidate: CLAIM_PAGES,
});

export const saveVerdictAction = defineAction({
  permission: 'claim:research',
  schema: verdictSchema,
  run: (input, user) => saveVerdict(user, input),
  revalidate: CLAIM_PAGES,
});

export const addSourceAction = defineAction({
  permission: 'claim:research',
  schema: addSourceSchema,
  run: (input, user) => addSource(user, input),
  revalidate: CLAIM_PAGES,
});

export const updateSourceAction = defineAction({
  permission: 'claim:research',
  schema: updateSourceSchema,
  run: (input, user) => updateSource(user, input),
  revalidate: CLAIM_PAGES,
});

export const removeSourceAction = defineAction({
  permission: 'claim:research',
  schema: removeSourceSchema,
  run: (input, user) => removeSource(user, input),
  revalidate: CLAIM_PAGES,
});

export const moveSourceAction = defineAction({
  permission: 'claim:research',
  schema: moveSourceSchema,
  run: (input, user) => moveSource(user, input),
  revalidate: CLAIM_PAGES,
});

export const addNoteAction = defineAction({
  permission: 'claim:note',
  schema: addNoteSchema,
  run: (input, user) => addNote(user, input),
  revalidate: CLAIM_PAGES,
});

export const submitCrossCheckAction = defineAction({
  permission: 'claim:cross-check',
  schema: crossCheckSchema,
  run: (input, user) => submitCrossCheck(user, input),
  revalidate: CLAIM_PAGES,
});

/** "Already checked": an editor links the claim to an earlier check of it. */
export const linkMatchAction = defineAction({
  permission: 'claim:link-match',
  schema: matchActionSchema,
  run: (input, user) => linkMatch(user, input),
  revalidate: CLAIM_PAGES,
});

/** "Already checked": whoever may link takes a link back. */
export const unlinkMatchAction = defineAction({
  permission: 'claim:link-match',
  schema: matchActionSchema,
  run: (input, user) => unlinkMatch(user, input),
  revalidate: CLAIM_PAGES,
});

/** A fact-checker starts from an earlier check: its sources and verdict, copied as a draft. */
export const startResearchFromMatchAction = defineAction({
  permission: 'claim:research',
  schema: matchActionSchema,
  run: (input, user) => startResearchFromMatch(user, input),
  revalidate: CLAIM_PAGES,
});
