import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { NotificationList } from '@/components/notifications/notification-list';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { markNotificationsReadAction } from './actions';

export async function generateMetadata() {
  return { title: (await getTranslations('notifications'))('title') };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string; unread?: string }> }) {
  const user = await requirePagePermission('account:manage-own');
  const query = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(query.page ?? '1', 10) || 1));
  const unreadOnly = query.unread === '1';
  const [t, list] = await Promise.all([getTranslations('notifications'), listNotifications(user.id, { page, unreadOnly })]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('count', { count: list.total })} />
      {list.notifications.length ? <NotificationList notifications={list.notifications} markRead={markNotificationsReadAction} /> : <EmptyState message={t('empty')} />}
      <Pager
        page={page}
        pageCount={list.pageCount}
        hrefFor={(number) => `/notifications?page=${number}${unreadOnly ? '&unread=1' : ''}`}
        labels={{ previous: t('previous'), next: t('next'), navigation: t('pages'), position: t('position', { page, pages: list.pageCount }) }}
      />
    </>
  );
}
