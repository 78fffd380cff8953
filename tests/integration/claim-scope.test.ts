import type { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import { listClaims } from '@/lib/server/claims/list-claims';
import { createTestArticle, createTestUser } from '../support/factories';

async function createClaim(articleId: string, assigneeId: string | null, text: string, status: ClaimStatus = 'ASSIGNED') {
  return db.claim.create({
    data: { articleId, assigneeId, text, status, startOffset: 0, endOffset: text.length, type: 'QUANTITY', score: 0.9, reasons: [], quantities: [] },
    select: { id: true },
  });
}

describe('listClaims', () => {
  test("a fact-checker's list holds their claims, open ones and those awaiting a cross-check; an editor's holds all", async () => {
    const editor = await createTestUser('EDITOR');
    const mine = await createTestUser('FACT_CHECKER');
    const theirs = await createTestUser('FACT_CHECKER');
    const article = await createTestArticle(editor.id);
    const assignedToMe = await createClaim(article.id, mine.id, 'Claim for me');
    const assignedToThem = await createClaim(article.id, theirs.id, 'Claim for them');
    const candidate = await createClaim(article.id, null, 'Not accepted yet', 'CANDIDATE');
    const open = await createClaim(article.id, null, 'Nobody has this one', 'OPEN');
    const crossCheck = await createClaim(article.id, theirs.id, 'Check my work', 'IN_CROSS_CHECK');

    const ids = async (user: typeof mine) => (await listClaims(user, { article: article.id })).claims.map((claim) => claim.id).sort();
    expect(await ids(mine)).toEqual([assignedToMe.id, open.id, crossCheck.id].sort());
    expect(await ids(editor)).toEqual([assignedToMe.id, assignedToThem.id, candidate.id, open.id, crossCheck.id].sort());
  });
});
