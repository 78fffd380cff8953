import { z } from 'zod';

/**
 * The matching test set (data/matching/pairs.jsonl): one pair per line. `query` is the claim
 * being checked; `match` says the same facts in other words and must be found; `distractors`
 * are hard negatives (same names with other figures, the same figure about another place or
 * year). Every `match` and every distractor of the file together make the archive searched.
 */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), 'not a date');

const PairText = z.strictObject({
  text: z.string().trim().min(1),
  language: z.enum(['de', 'en']),
  date: IsoDate,
});

const ArchiveText = PairText.extend({
  id: z.string().min(1),
  /** How match:eval stores it: as a newsroom claim or as an external fact-check. */
  as: z.enum(['claim', 'factcheck']),
  /** For distractors: what makes it a hard negative. */
  hard: z.string().min(1).optional(),
});

const MatchPairSchema = z
  .strictObject({
    id: z.string().min(1),
    split: z.enum(['dev', 'test']),
    kind: z.enum(['de', 'en', 'cross']),
    query: PairText,
    match: ArchiveText,
    distractors: z.array(ArchiveText),
  })
  .refine((p) => (p.kind === 'cross') === (p.query.language !== p.match.language), 'kind does not agree with the languages of query and match')
  .refine((p) => p.kind === 'cross' || p.kind === p.query.language, 'a same-language kind must be the language of the query');

export type MatchPair = z.infer<typeof MatchPairSchema>;
export type ArchiveText = z.infer<typeof ArchiveText>;
export type PairSplit = MatchPair['split'];
export type PairKind = MatchPair['kind'];

export class MatchPairError extends Error {
  constructor(readonly line: number, detail: string) {
    super(`pairs line ${line}: ${detail}`);
    this.name = 'MatchPairError';
  }
}

/** Parses the JSON Lines of the test set; throws a `MatchPairError` naming the line of the first bad record or repeated id. */
export function readMatchPairs(jsonl: string): MatchPair[] {
  const pairs: MatchPair[] = [];
  const ids = new Set<string>();
  const lines = jsonl.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new MatchPairError(line, 'not valid JSON');
    }
    const parsed = MatchPairSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new MatchPairError(line, `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`);
    }
    const pair = parsed.data;
    for (const id of [pair.id, pair.match.id, ...pair.distractors.map((d) => d.id)]) {
      if (ids.has(id)) throw new MatchPairError(line, `id ${id} repeats`);
      ids.add(id);
    }
    pairs.push(pair);
  });
  return pairs;
}

/** Every text a query is searched against: the matches and distractors of all pairs, both splits. */
export function archiveOf(pairs: readonly MatchPair[]): ArchiveText[] {
  return pairs.flatMap((p) => [p.match, ...p.distractors]);
}
