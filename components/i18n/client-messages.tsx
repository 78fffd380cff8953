import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickMessages, ROOT_CLIENT_NAMESPACES } from '@/lib/i18n/client-messages';

/** Hands the client components below the catalog's namespaces they translate with, and no more. */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...ROOT_CLIENT_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>;
}
