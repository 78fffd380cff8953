'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/server/action-result';
import type { ImportedArticle } from '@/lib/server/articles/import-article-from-url';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

interface UrlImportFieldProps {
  value: string;
  onChange: (url: string) => void;
  importFromUrl: FormAction<ImportedArticle>;
  onImported: (article: ImportedArticle) => void;
  /** From saving the form. */
  error?: string;
}

/** The article's web address, with a button that fetches the page on the server and fills the form from it. */
export function UrlImportField({ value, onChange, importFromUrl, onImported, error }: UrlImportFieldProps) {
  const t = useTranslations('intake');
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ error?: string; host?: string }>({});

  const runImport = () =>
    startTransition(async () => {
      const form = new FormData();
      form.set('url', value);
      const result = await importFromUrl(null, form);
      if (result.ok) {
        onImported(result.data);
        setOutcome({ host: new URL(result.data.url).host });
      } else {
        setOutcome({ error: result.fieldErrors.url ?? result.message });
      }
    });

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-end gap-2">
        <TextField
          className="flex-1"
          label={t('fields.url')}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            setOutcome({});
          }}
          hint={t('hints.url')}
          error={outcome.error ?? error}
        />
        <Button variant="secondary" className="mb-5" onClick={runImport} disabled={pending || !value.trim()}>
          {pending ? t('importing') : t('importUrl')}
        </Button>
      </div>
      {outcome.host && (
        <p role="status" className="text-sm text-green-800">
          {t('imported', { host: outcome.host })}
        </p>
      )}
    </div>
  );
}
