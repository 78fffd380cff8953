import { requirePagePermission } from '@/lib/server/session/authorise';
import { SiteHeader } from '@/components/layout/site-header';
import { changeLocale } from '@/app/actions/change-locale';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread-notifications';

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePagePermission();
  const unread = await countUnreadNotifications(user.id);
  return (
    <>
      <SiteHeader user={user} unreadNotifications={unread} changeLocale={changeLocale} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
