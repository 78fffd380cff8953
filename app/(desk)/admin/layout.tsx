import { getTranslations } from 'next-intl/server';
import { adminNavigationFor } from '@/lib/auth/navigation';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { MainNav } from '@/components/layout/main-nav';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePagePermission();
  const t = await getTranslations('admin.nav');
  const items = adminNavigationFor(user.role).map((item) => ({ href: item.href, label: t(item.label) }));
  return (
    <>
      {items.length > 0 && (
        <div className="mb-6 border-b border-slate-200 pb-2">
          <MainNav label={t('label')} items={items} />
        </div>
      )}
      {children}
    </>
  );
}
