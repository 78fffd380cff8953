'use client';

import en from '@/lib/i18n/messages/en.json';
import de from '@/lib/i18n/messages/de.json';

// Replaces the root layout when it fails, so no translation provider is available here.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const german = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('de');
  const t = (german ? de : en).failure;
  return (
    <html lang={german ? 'de' : 'en'}>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '36rem', margin: '4rem auto', padding: '0 1.5rem' }}>
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        <button type="button" onClick={reset}>
          {t.retry}
        </button>
      </body>
    </html>
  );
}
