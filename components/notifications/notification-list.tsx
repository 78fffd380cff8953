import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { FormAction } from '@/lib/server/action-result';
import type { NotificationItem } from '@/lib/server/notifications/list-notifications';
import { MarkReadButton } from './mark-read-button';

function detail(details: unknown): string | null {
  if (!details || typeof details !== 'object') return null;
  const record = details as Record<string, unknown>;
  const text = record.comment ?? record.note;
  return typeof text === 'string' ? text : null;
}

export async function NotificationList({ notifications, markRead }: { notifications: NotificationItem[]; markRead: FormAction<{ count: number }> }) {
  const [t, format] = await Promise.all([getTranslations('notifications'), getFormatter()]);
  const now = new Date();
  const unread = notifications.filter((notification) => !notification.readAt).map((notification) => notification.id);
  return (
    <div className="flex flex-col gap-3">
      {unread.length > 0 && <MarkReadButton ids={[]} label={t('markAllRead')} markRead={markRead} />}
      <ol className="flex flex-col gap-2">
        {notifications.map((notification) => {
          const quote = detail(notification.details);
          return (
            <li key={notification.id} className={`rounded-lg border p-3 text-sm ${notification.readAt ? 'border-slate-200 bg-white' : 'border-brand-600 bg-brand-50'}`}>
              <p>
                {!notification.readAt && <span className="sr-only">{t('unread')}: </span>}
                {t(`kinds.${notification.kind}`, { actor: notification.actor?.name ?? t('someone') })}{' '}
                <span className="text-slate-600">{format.relativeTime(notification.createdAt, now)}</span>
              </p>
              {notification.claim && (
                <p className="mt-1">
                  <Link href={`/claims/${notification.claim.id}`} className="text-brand-700 underline">
                    {notification.claim.text}
                  </Link>{' '}
                  <span className="text-slate-600">({notification.claim.article.title})</span>
                </p>
              )}
              {quote && <blockquote className="mt-1 border-l-4 border-slate-200 pl-3 text-slate-700">{quote}</blockquote>}
              {!notification.readAt && <MarkReadButton ids={[notification.id]} label={t('markRead')} markRead={markRead} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
