import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { navigationFor } from '@/lib/auth/navigation';

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  redirect(navigationFor(user.role)[0]?.href ?? '/sign-in');
}
