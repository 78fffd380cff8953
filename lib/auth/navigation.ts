import { canAny, type Action } from './permissions';
import type { Role } from './roles';

export interface NavigationItem {
  /** Key in the `nav` catalog section. */
  label: 'articles' | 'claims' | 'myClaims' | 'review' | 'reports' | 'admin';
  href: string;
}

const ITEMS: ReadonlyArray<NavigationItem & { requires: readonly Action[] }> = [
  { label: 'articles', href: '/articles', requires: ['article:view'] },
  { label: 'claims', href: '/claims', requires: ['claim:view-all', 'claim:view-assigned'] },
  { label: 'myClaims', href: '/claims?assignee=me', requires: ['claim:research'] },
  { label: 'review', href: '/review', requires: ['claim:review'] },
  { label: 'reports', href: '/reports', requires: ['report:view'] },
  { label: 'admin', href: '/admin/users', requires: ['user:manage'] },
];

/** The navigation a role sees; the pages behind it check the same permissions. */
export function navigationFor(role: Role): NavigationItem[] {
  return ITEMS.filter((item) => canAny(role, item.requires)).map(({ label, href }) => ({ label, href }));
}
