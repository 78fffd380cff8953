import { readFileSync } from 'node:fs';
import { matchTextOf } from '@/lib/matching/match-text-of';
import { rankMatches } from '@/lib/matching/rank-matches';
const ids = process.argv.slice(2);
for (const line of readFileSync('data/matching/pairs.jsonl', 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const p = JSON.parse(line);
  if (!ids.includes(p.id)) continue;
  const q = matchTextOf(p.query.text, p.query.language, new Date(p.query.date));
  const cands = [p.match, ...p.distractors].map((t: any) => ({ ...matchTextOf(t.text, t.language, new Date(t.date)), key: t.id, textRank: 0, trigram: 0 }));
  console.log(p.id);
  for (const r of rankMatches(q, cands, { now: new Date(p.query.date) })) console.log('  ', r.score, r.key, JSON.stringify(r.reasons).slice(0, 300));
}
