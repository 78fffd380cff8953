import { db } from '@/lib/db';
import { DEMO_FACT_CHECKS } from '@/lib/server/demo/demo-factchecks';
import { seedDemoData } from '@/lib/server/demo/seed-demo-data';
import { closeJobQueue } from '@/lib/server/jobs/job-queue';
import { findPanelMatches } from '@/lib/server/matching/find-panel-matches';
import { listStrongMatches } from '@/lib/server/matching/list-strong-matches';

afterAll(closeJobQueue);

async function person(email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
}

/** The demo claim that starts with these words. */
async function demoClaim(start: string) {
  return db.claim.findFirstOrThrow({ where: { text: { startsWith: start } }, select: { id: true } });
}

describe('the demo fact-checks', () => {
  beforeAll(async () => {
    await seedDemoData();
  });

  test('are all imported with the demo newsroom, by its admin', async () => {
    const admin = await person('admin@factdesk.example');
    expect(await db.externalFactCheck.count({ where: { importedById: admin.id } })).toBe(DEMO_FACT_CHECKS.length);
    expect(new Set((await db.externalFactCheck.findMany({ select: { language: true } })).map((row) => row.language))).toEqual(new Set(['de', 'en']));
  });

  test.each([
    ['Nach Angaben der Stadtverwaltung überqueren', 'https://faktenlage.example/2026/lindenau-elsterbruecke-verkehr', false],
    ['Die Reparatur soll nach ersten Schätzungen', 'https://pruefstand-ost.example/faktencheck/elsterbruecke-reparaturkosten', false],
    ['Der Stadtrat hatte den Bau der Halle', 'https://veritydesk.example/checks/lindenau-town-hall-vote', true],
    ['Oberbürgermeisterin Karin Vogt (58)', 'https://veritydesk.example/checks/lindenau-bridge-piers', true],
    ['The North Fork reservoir is at 38 percent', 'https://coastline-facts.example/2026/north-fork-reservoir-level', false],
    ['"We lost more than 9 billion gallons', 'https://pruefstand-ost.example/faktencheck/harbor-city-wasserverluste', true],
  ])('the claim “%s…” finds %s first (across languages: %s)', async (start, url, crossLanguage) => {
    const editor = await person('editor@factdesk.example');
    const claim = await demoClaim(start);
    const [best] = (await findPanelMatches(editor, claim.id)).matches;
    expect(best).toMatchObject({ kind: 'factcheck', href: url, crossLanguage });
  });

  test('mark claims of both demo articles in the triage list, one of them across languages', async () => {
    const editor = await person('editor@factdesk.example');
    const claims = await db.claim.findMany({ select: { id: true, article: { select: { language: true } } } });
    const marks = await listStrongMatches(editor, claims.map((claim) => claim.id));
    const languages = new Set(claims.filter((claim) => marks.has(claim.id)).map((claim) => claim.article.language));
    expect(languages).toEqual(new Set(['de', 'en']));
    const vogt = await demoClaim('Oberbürgermeisterin Karin Vogt (58)');
    expect(marks.get(vogt.id)).toMatchObject({ kind: 'factcheck', crossLanguage: true });
  });

  test('a fact-checker sees them on a claim of theirs too', async () => {
    const checker = await person('checker@factdesk.example');
    const own = await db.claim.findMany({ where: { assigneeId: checker.id }, select: { id: true } });
    const found = await Promise.all(own.map(async (claim) => (await findPanelMatches(checker, claim.id)).matches.length));
    expect(found.some((count) => count > 0)).toBe(true);
  });
});
