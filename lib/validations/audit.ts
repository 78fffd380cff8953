import { z } from 'zod';
import { AUDIT_ENTITY_TYPES } from '@/lib/audit/entity-types';

/** A place in the audit log, newest first: the event's time (ms) and id, e.g. "1764633600000_ckx…". */
export interface AuditCursor {
  createdAt: Date;
  id: string;
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.createdAt.getTime()}_${cursor.id}`;
}

const cursorSchema = z
  .string()
  .regex(/^\d{1,15}_[a-z0-9]{1,64}$/i, 'validation.invalid')
  .transform((text): AuditCursor => {
    const [time = '', id = ''] = text.split('_');
    return { createdAt: new Date(Number(time)), id };
  });

const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').optional();

/** The audit log's filters and page, as they stand in its URL. */
export const auditLogQuerySchema = z
  .object({
    actor: optionalText(64),
    entityType: z.enum(AUDIT_ENTITY_TYPES, 'validation.invalidChoice').optional(),
    entityId: optionalText(200),
    action: optionalText(100),
    from: z.iso.date('validation.date').optional(),
    to: z.iso.date('validation.date').optional(),
    before: cursorSchema.optional(),
    after: cursorSchema.optional(),
  })
  // An id alone would search every kind of entity, which no index serves.
  .refine((query) => !query.entityId || query.entityType, { path: ['entityId'], message: 'validation.entityTypeRequired' })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ['to'], message: 'validation.dateRange' });

export type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

/** Next's search params as the schema reads them: one value per name, empty fields left out. */
export function searchParamValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first?.trim()) values[name] = first;
  }
  return values;
}
