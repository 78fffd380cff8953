import { forbidden, redirect } from 'next/navigation';
import { adminNavigationFor } from '@/lib/auth/navigation';
import { requirePagePermission } from '@/lib/server/session/authorise';

export default async function AdminPage() {
  const user = await requirePagePermission();
  const first = adminNavigationFor(user.role)[0];
  if (!first) forbidden();
  redirect(first.href);
}
