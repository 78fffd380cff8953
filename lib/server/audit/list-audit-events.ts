import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { AuditEntityType } from '@/lib/audit/entity-types';
import type { AuditCursor } from '@/lib/validations/audit';

export interface AuditFilter {
  actorId?: string;
  entityType?: AuditEntityType;
  entityId?: string;
  action?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** One page, newest first: `before` pages to older events, `after` back to newer ones. */
export interface AuditPageRequest {
  before?: AuditCursor;
  after?: AuditCursor;
  size?: number;
}

const EVENT_FIELDS = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  actor: { select: { id: true, name: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditEntry = Prisma.AuditEventGetPayload<{ select: typeof EVENT_FIELDS }>;

export interface AuditPage {
  events: AuditEntry[];
  /** Where the next newer and older pages start, or null when there are none. */
  newer: AuditCursor | null;
  older: AuditCursor | null;
}

const DEFAULT_PAGE_SIZE = 50;

/**
 * Keyset paging on (createdAt, id), which the indexes on AuditEvent serve with or without a
 * filter, so a page deep in years of history costs what the first one does.
 */
function beyond(cursor: AuditCursor, direction: 'older' | 'newer'): Prisma.AuditEventWhereInput {
  const past = direction === 'older' ? 'lt' : 'gt';
  const bound = direction === 'older' ? 'lte' : 'gte';
  return {
    // Redundant with the OR, but it lets the index bound the scan instead of filtering every row.
    createdAt: { [bound]: cursor.createdAt },
    OR: [{ createdAt: { [past]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [past]: cursor.id } }],
  };
}

function cursorOf(event: AuditEntry | undefined): AuditCursor | null {
  return event ? { createdAt: event.createdAt, id: event.id } : null;
}

export async function listAuditEvents(filter: AuditFilter, page: AuditPageRequest = {}): Promise<AuditPage> {
  const size = page.size ?? DEFAULT_PAGE_SIZE;
  const { actorId, entityType, entityId, action, from, to } = filter;
  const where: Prisma.AuditEventWhereInput = {
    actorId,
    entityType,
    entityId,
    action,
    ...((from || to) && { createdAt: { gte: from, lt: to } }),
  };
  const towardsNewer = !page.before && Boolean(page.after);
  const cursor = page.before ?? page.after;
  const order = towardsNewer ? 'asc' : 'desc';
  const rows = await db.auditEvent.findMany({
    where: cursor ? { AND: [where, beyond(cursor, towardsNewer ? 'newer' : 'older')] } : where,
    orderBy: [{ createdAt: order }, { id: order }],
    take: size + 1,
    select: EVENT_FIELDS,
  });
  const more = rows.length > size;
  const events = rows.slice(0, size);
  if (towardsNewer) {
    events.reverse();
    return { events, newer: more ? cursorOf(events[0]) : null, older: cursorOf(events.at(-1)) };
  }
  return { events, newer: cursor ? cursorOf(events[0]) : null, older: more ? cursorOf(events.at(-1)) : null };
}
