import { db } from '@/lib/db';
import { listClaims } from '@/lib/server/claims/list-claims';
import { createTestArticle, createTestUser } from '../support/factories';

async function createClaim(articleId: string, assigneeId: string | null, text: string) {
  return db.claim.create({
    data: { articleId, assigneeId, text, startOffset: 0, endOffset: text.length, type: 'QUANTITY', score: 0.9, reasons: [], quantities: [] },
    select: { id: true },
  });
}

describe('listClaims', () => {
  test("a fact-checker's list holds only the claims assigned to them; an editor's holds all", async () => {
    const editor = await createTestUser('EDITOR');
    const mine = await createTestUser('FACT_CHECKER');
    const theirs = await createTestUser('FACT_CHECKER');
    const article = await createTestArticle(editor.id);
    const assignedToMe = await createClaim(article.id, mine.id, 'Claim for me');
    const assignedToThem = await createClaim(article.id, theirs.id, 'Claim for them');
    const unassigned = await createClaim(article.id, null, 'Nobody has this one');

    expect((await listClaims(mine)).map((claim) => claim.id)).toEqual([assignedToMe.id]);
    expect((await listClaims(mine, { articleId: article.id })).map((claim) => claim.id)).toEqual([assignedToMe.id]);
    expect((await listClaims(editor, { articleId: article.id })).map((claim) => claim.id).sort()).toEqual(
      [assignedToMe.id, assignedToThem.id, unassigned.id].sort(),
    );
  });
});
