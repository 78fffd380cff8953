import { canAny, type Action } from './permissions';
import type { Role } from './roles';

export interface NavigationItem {
  /** Key in the `nav` catalog section. */
  label: 'articles' | 'claims' | 'myClaims' | 'review' | 'reports' | 'admin';
  href: string;
}

export interface AdminNavigationItem {
  /** Key in the `admin.nav` catalog section. */
  label: 'users' | 'audit' | 'settings' | 'ratings' | 'factchecks';
  href: string;
}

type Guarded<T> = T & { requires: readonly Action[] };

const ITEMS: ReadonlyArray<Guarded<NavigationItem>> = [
  { label: 'articles', href: '/articles', requires: ['article:view'] },
  { label: 'claims', href: '/claims', requires: ['claim:view-all', 'claim:view-assigned'] },
  { label: 'myClaims', href: '/claims?assignee=me', requires: ['claim:research'] },
  { label: 'review', href: '/review', requires: ['claim:review'] },
  { label: 'reports', href: '/reports', requires: ['report:view'] },
  { label: 'admin', href: '/admin/users', requires: ['user:manage'] },
];

const ADMIN_ITEMS: ReadonlyArray<Guarded<AdminNavigationItem>> = [
  { label: 'users', href: '/admin/users', requires: ['user:manage'] },
  { label: 'audit', href: '/admin/audit', requires: ['audit:view'] },
  { label: 'settings', href: '/admin/settings', requires: ['settings:manage'] },
  { label: 'ratings', href: '/admin/ratings', requires: ['settings:manage'] },
  { label: 'factchecks', href: '/admin/factchecks', requires: ['factcheck:import'] },
];

function visibleTo<T extends { label: string; href: string }>(items: ReadonlyArray<Guarded<T>>, role: Role): Array<Pick<T, 'label' | 'href'>> {
  return items.filter((item) => canAny(role, item.requires)).map(({ label, href }) => ({ label, href }));
}

/** The navigation a role sees; the pages behind it check the same permissions. */
export function navigationFor(role: Role): NavigationItem[] {
  return visibleTo(ITEMS, role);
}

/** The sections inside /admin a role sees. */
export function adminNavigationFor(role: Role): AdminNavigationItem[] {
  return visibleTo(ADMIN_ITEMS, role);
}
