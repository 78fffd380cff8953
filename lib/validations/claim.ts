import { z } from 'zod';
import { CLAIM_STATUSES } from '@/lib/workflow/claim-statuses';
import { CLAIM_MOVES, MOVES_NEEDING_COMMENT } from '@/lib/workflow/decide-move';

const id = z.string().trim().min(1, 'validation.required').max(64, 'validation.invalid');
const version = z.coerce.number('validation.invalid').int('validation.invalid').min(1, 'validation.invalid');

/** A claim as the person saw it: which one, and at which version (optimistic locking). */
export const claimRefSchema = z.object({ claimId: id, version });

/** Several claims from a list, each sent as "id:version". */
const claimRefs = z
  .array(z.string().regex(/^[^:]{1,64}:\d{1,9}$/, 'validation.invalid'), 'validation.chooseClaims')
  .or(z.string().transform((value) => [value]))
  .pipe(z.array(z.string()).min(1, 'validation.chooseClaims').max(500, 'validation.tooMany'))
  .transform((refs) =>
    refs.map((ref) => {
      const [claimId = '', version = '0'] = ref.split(':');
      return { claimId, version: Number(version) };
    }),
  );

const comment = z.string().trim().max(5000, 'validation.tooLong');

/** Publishing happens only with a report, never as a bare move. */
const PERSON_MOVES = CLAIM_MOVES.filter((move) => move !== 'publish');

export const moveClaimSchema = claimRefSchema
  .extend({ move: z.enum(PERSON_MOVES, 'validation.invalidChoice'), comment: comment.optional() })
  .superRefine((input, context) => {
    if (MOVES_NEEDING_COMMENT.includes(input.move) && !input.comment) {
      context.addIssue({ code: 'custom', path: ['comment'], message: 'validation.commentRequired' });
    }
  });

export const moveClaimsSchema = z.object({
  claims: claimRefs,
  move: z.enum(['accept', 'reject', 'restore'], 'validation.invalidChoice'),
});

const optionalDate = z
  .union([z.literal(''), z.coerce.date('validation.date')])
  .optional()
  .transform((value) => (value instanceof Date ? value : null));

export const assignClaimsSchema = z.object({
  claims: claimRefs,
  /** One person, or several to split the claims among in turn; empty to unassign. */
  assignees: z
    .array(id)
    .or(id.transform((value) => [value]))
    .or(z.literal('').transform(() => []))
    .optional()
    .transform((value) => value ?? []),
  dueAt: optionalDate,
  note: z.string().trim().max(1000, 'validation.tooLong').optional().transform((value) => value || null),
});

export const rewordClaimSchema = claimRefSchema.extend({
  text: z.string().trim().min(1, 'validation.required').max(2000, 'validation.tooLong'),
});

export const mergeClaimsSchema = z
  .object({ claims: claimRefs })
  .refine((input) => input.claims.length === 2, { path: ['claims'], message: 'validation.chooseTwoClaims' });

export const addClaimSchema = z
  .object({
    articleId: id,
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(1),
  })
  .refine((input) => input.end > input.start, { path: ['end'], message: 'validation.invalid' });

export const verdictSchema = claimRefSchema.extend({
  ratingId: id,
  explanation: z.string().trim().min(1, 'validation.required').max(10_000, 'validation.tooLong'),
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'validation.url' }).max(2000, 'validation.tooLong');
const optionalText = (max: number) =>
  z.string().trim().max(max, 'validation.tooLong').optional().transform((value) => value || null);

export const sourceFieldsSchema = z.object({
  url: z.string().trim().min(1, 'validation.required').pipe(httpUrl),
  title: optionalText(300),
  publisher: optionalText(200),
  excerpt: optionalText(5000),
  accessedAt: optionalDate,
  archiveUrl: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(httpUrl.optional())
    .transform((value) => value ?? null),
  stance: z.enum(['SUPPORTS', 'REFUTES', 'CONTEXT'], 'validation.invalidChoice'),
});

export const addSourceSchema = claimRefSchema.extend(sourceFieldsSchema.shape);
export const updateSourceSchema = claimRefSchema.extend({ sourceId: id, ...sourceFieldsSchema.shape });
export const removeSourceSchema = claimRefSchema.extend({ sourceId: id });
export const moveSourceSchema = claimRefSchema.extend({ sourceId: id, direction: z.enum(['up', 'down']) });

export const addNoteSchema = z.object({
  claimId: id,
  kind: z.enum(['RESEARCH', 'REVIEW'], 'validation.invalidChoice'),
  body: z.string().trim().min(1, 'validation.required').max(10_000, 'validation.tooLong'),
  parentId: id.optional(),
});

export const crossCheckSchema = claimRefSchema.extend({
  verdict: z.enum(['CONFIRMED', 'DISPUTED'], 'validation.invalidChoice'),
  comment: comment.min(1, 'validation.required'),
  /** One "sourceId:CONFIRMED|DISPUTED" per source. */
  sources: z
    .array(z.string().regex(/^[^:]{1,64}:(CONFIRMED|DISPUTED)$/, 'validation.invalid'))
    .or(z.string().transform((value) => [value]))
    .optional()
    .transform((refs) =>
      (refs ?? []).map((ref) => {
        const [sourceId = '', result = ''] = ref.split(':');
        return { sourceId, result: result as 'CONFIRMED' | 'DISPUTED' };
      }),
    ),
});

const SORTS = ['updated', 'due', 'created', 'score', 'status'] as const;
export type ClaimSort = (typeof SORTS)[number];

/** The claims table's filters, as they stand in the URL. */
export const claimFilterSchema = z.object({
  status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : []))
    .pipe(z.array(z.enum(CLAIM_STATUSES))),
  /** A user id, "me", or "none" for claims nobody has. */
  assignee: z.string().max(64).optional(),
  rating: z.string().max(64).optional(),
  article: z.string().max(64).optional(),
  type: z.enum(['QUANTITY', 'EVENT', 'QUOTE', 'CAUSAL', 'COMPARISON', 'PREDICTION', 'LAW', 'OTHER']).optional(),
  overdue: z
    .enum(['1', 'true'])
    .optional()
    .transform((value) => Boolean(value)),
  sort: z.enum(SORTS).optional().default('updated'),
  dir: z.enum(['asc', 'desc']).optional().default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

export type ClaimFilterInput = z.input<typeof claimFilterSchema>;
export type ClaimFilter = z.output<typeof claimFilterSchema>;
