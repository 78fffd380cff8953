/** What an audit event can be about; the audit log filters by them. */
export const AUDIT_ENTITY_TYPES = ['User', 'Article', 'Claim', 'Source', 'Note', 'Report', 'Rating', 'NewsroomSettings', 'ExternalFactCheck'] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
