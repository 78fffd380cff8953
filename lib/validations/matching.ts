import { z } from 'zod';
import { claimRefSchema } from './claim';

/** A match as the panel names it: "claim:<id>" or "factcheck:<id>". */
const matchKey = z.string().trim().regex(/^(claim|factcheck):[A-Za-z0-9_-]{1,64}$/, 'validation.invalid');

/** Linking a claim to a match, or starting research from one: the claim as the person saw it, and the match. */
export const matchActionSchema = claimRefSchema.extend({ match: matchKey });

export type MatchActionInput = z.infer<typeof matchActionSchema>;
