import { requirePagePermission } from '@/lib/server/session/authorise';
import { SiteHeader } from '@/components/layout/site-header';
import { changeLocale } from '@/app/actions/change-locale';

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePagePermission();
  return (
    <>
      <SiteHeader user={user} unreadNotifications={user.unreadNotifications} changeLocale={changeLocale} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
