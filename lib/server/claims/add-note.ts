import type { NoteKind } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { notify } from '@/lib/server/notifications/notify';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { findMentions, handleOf } from '@/lib/workflow/find-mentions';
import { claimScopeFor } from './claim-scope';

export interface NoteInput {
  claimId: string;
  kind: NoteKind;
  body: string;
  /** The note this one answers; threads are one level deep. */
  parentId?: string;
}

/**
 * A research or review note, or a reply in a note's thread. Mentioned colleagues who can see the
 * claim are notified. Notes do not raise the claim's version: writing one never collides with
 * someone else's edit.
 */
export async function addNote(user: Pick<PublicUser, 'id' | 'role'>, input: NoteInput) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { AND: [{ id: input.claimId }, claimScopeFor(user)] }, select: { id: true } });
    if (!claim) throw new AppError('NOT_FOUND');
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await tx.note.findFirst({ where: { id: input.parentId, claimId: claim.id }, select: { id: true, parentId: true } });
      if (!parent) throw new AppError('NOT_FOUND');
      parentId = parent.parentId ?? parent.id;
    }
    const note = await tx.note.create({
      data: { claimId: claim.id, authorId: user.id, kind: input.kind, body: input.body, parentId },
      select: { id: true },
    });
    const handles = findMentions(input.body);
    const candidates = handles.length
      ? await tx.user.findMany({ where: { active: true, OR: handles.map((handle) => ({ email: { startsWith: `${handle}@` } })) }, select: { id: true, role: true, email: true } })
      : [];
    const mentioned = [];
    for (const person of candidates.filter((candidate) => handles.includes(handleOf(candidate.email)))) {
      const sees = await tx.claim.count({ where: { AND: [{ id: claim.id }, claimScopeFor(person)] } });
      if (!sees) continue;
      mentioned.push(person.id);
      await notify(tx, { recipientId: person.id, actorId: user.id, kind: 'MENTIONED', claimId: claim.id, details: { note: input.body.slice(0, 200) } });
    }
    await recordAuditEvent(tx, {
      actorId: user.id,
      entityType: 'Claim',
      entityId: claim.id,
      action: 'claim.note-added',
      after: { noteId: note.id, kind: input.kind, body: input.body, parentId, mentioned },
    });
    return { id: note.id };
  });
}
