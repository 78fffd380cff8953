/**
 * Ranking-only evaluation of the matching test set (data/matching/pairs.jsonl), in memory, no
 * database. For every query, the candidates are the whole archive (every match and distractor of
 * the file; of the dev split alone in a dev run, so that tuning never meets a test text), each read
 * by the extractor as the app reads it
 * (matchTextOf), with `trigram` computed like pg_trgm's similarity and `textRank` 0 (there is no
 * full-text search without PostgreSQL, and faking ts_rank would count shared words twice).
 * rankMatches orders them; the report gives P@1, R@5 and MRR per split and kind.
 *
 * What it measures: the ranking alone, given perfect retrieval; `npm run match:eval` measures
 * the real pipeline (the candidate SQL decides what reaches the ranking, and adds ts_rank).
 * Usage: npm run match:rank-eval [-- --split dev|test|all] [-- --failures]
 *   Tune with --split dev (the default) only; the test split is for reporting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchTextOf } from '../lib/matching/match-text-of';
import { meetsTarget, summarizeOutcomes, type QueryOutcome } from '../lib/matching/match-eval-metrics';
import type { MatchCandidate, RankedMatch } from '../lib/matching/match-types';
import { rankMatches } from '../lib/matching/rank-matches';
import { archiveOf, readMatchPairs } from '../lib/matching/read-match-pairs';
import { trigramSimilarity } from '../lib/matching/trigram-similarity';

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const split = argValue('--split') ?? 'dev';
const showFailures = process.argv.includes('--failures');
const showStrong = process.argv.includes('--strong');
if (!['dev', 'test', 'all'].includes(split)) throw new Error(`--split must be dev, test or all, not ${split}`);

const pairs = readMatchPairs(readFileSync(join(__dirname, '..', 'data', 'matching', 'pairs.jsonl'), 'utf8'));
const archive = archiveOf(split === 'dev' ? pairs.filter((pair) => pair.split === 'dev') : pairs).map((a) => ({ id: a.id, hard: a.hard, ...matchTextOf(a.text, a.language, a.date) }));
const byId = new Map(archive.map((a) => [a.id, a]));

const outcomes: QueryOutcome[] = [];
/** The triage mark: is the match marked strong, and how many other archive texts are? */
let goldStrong = 0;
let queriesWithFalseStrong = 0;
let falseStrong = 0;
const failures: string[] = [];
const started = Date.now();
for (const pair of pairs) {
  if (split !== 'all' && pair.split !== split) continue;
  const subject = matchTextOf(pair.query.text, pair.query.language, pair.query.date);
  const candidates: MatchCandidate[] = archive.map((a) => ({ ...a, key: a.id, textRank: 0, trigram: trigramSimilarity(subject.text, a.text) }));
  const ranked = rankMatches(subject, candidates, { now: pair.query.date });
  const index = ranked.findIndex((m) => m.key === pair.match.id);
  const rank = index < 0 ? null : index + 1;
  outcomes.push({ split: pair.split, kind: pair.kind, rank });
  if (index >= 0 && ranked[index]?.strong) goldStrong++;
  const wrongStrong = ranked.filter((m) => m.strong && m.key !== pair.match.id).length;
  falseStrong += wrongStrong;
  if (wrongStrong > 0) queriesWithFalseStrong++;
  if (showStrong) {
    const label = (m: RankedMatch): string => `${m.score.toFixed(3)} ${m.key}${byId.get(m.key)?.hard ? ` [${byId.get(m.key)?.hard}]` : ''}: ${byId.get(m.key)?.text ?? ''}`;
    for (const m of ranked) if (m.strong && m.key !== pair.match.id) console.log(`false strong for ${pair.id} ${pair.query.text}\n   ${label(m)}`);
    const gold = index >= 0 ? ranked[index] : undefined;
    if (gold && !gold.strong) console.log(`match not strong for ${pair.id} ${pair.query.text}\n   ${label(gold)}`);
  }
  if (showFailures && rank !== 1) {
    const describe = (m: RankedMatch | undefined): string => {
      if (!m) return '(none)';
      const a = byId.get(m.key);
      const why = m.reasons.map((r) => (r.kind === 'same-figure' || r.kind === 'other-figure' ? `${r.kind}(${r.text}~${r.otherText})` : r.kind === 'same-name' ? `name(${r.name})` : r.kind === 'other-name' ? `other-name(${r.name}~${r.otherName})` : r.kind === 'same-words' ? `words(${r.words.join(',')})` : r.kind)).join(' ');
      return `${m.score.toFixed(3)}${m.strong ? '*' : ''} ${m.key}${a?.hard ? ` [${a.hard}]` : ''}: ${a?.text ?? ''}\n        ${why}`;
    };
    failures.push(
      [
        `${pair.id} (rank ${rank ?? '-'}) ${pair.query.text}`,
        `   top: ${describe(ranked[0])}`,
        `  gold: ${describe(index >= 0 ? ranked[index] : undefined)}`,
      ].join('\n'),
    );
  }
}

if (showFailures) console.log(`${failures.join('\n\n')}\n`);
console.log(`ranking only, ${archive.length} archive texts per query (textRank 0, trigram in memory)`);
console.log('split  kind   queries  P@1    R@5    MRR    target');
for (const r of summarizeOutcomes(outcomes)) {
  const ok = meetsTarget(r);
  console.log(
    `${r.split.padEnd(6)} ${r.kind.padEnd(6)} ${String(r.queries).padStart(7)}  ${r.precisionAt1.toFixed(3)}  ${r.recallAt5.toFixed(3)}  ${r.mrr.toFixed(3)}  ${ok === null ? '' : ok ? 'met' : 'MISSED'}`,
  );
}
console.log(
  `strong mark: the match is strong for ${goldStrong} of ${outcomes.length} queries; ${falseStrong} other texts are marked strong, for ${queriesWithFalseStrong} queries`,
);
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
