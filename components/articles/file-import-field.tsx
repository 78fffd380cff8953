'use client';

import { useId, useState, useTransition, type ChangeEvent } from 'react';
import { useTranslations } from 'next-intl';
import { articleFileKind } from '@/lib/intake/article-file-kind';
import { ARTICLE_FILE_TYPES, MAX_UPLOAD_BYTES } from '@/lib/intake/limits';
import type { ArticleDraft } from '@/lib/intake/read-article-html';
import type { FormAction } from '@/lib/server/action-result';

const ACCEPT = Object.keys(ARTICLE_FILE_TYPES).join(',');
const MEGABYTE = 1_000_000;

interface FileImportFieldProps {
  readFile: FormAction<ArticleDraft>;
  onRead: (draft: ArticleDraft) => void;
}

/** Reads an uploaded file's text on the server (HTML to its main text, Word to its paragraphs) into the form. */
export function FileImportField({ readFile, onRead }: FileImportFieldProps) {
  const t = useTranslations();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ error?: string; name?: string }>({});

  const read = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Said at once for files the server would refuse; the server checks again.
    if (!articleFileKind(file.name)) return setOutcome({ error: t('errors.validation.fileType') });
    if (file.size > MAX_UPLOAD_BYTES) return setOutcome({ error: t('errors.validation.fileTooLarge', { limit: MAX_UPLOAD_BYTES / MEGABYTE }) });
    startTransition(async () => {
      const form = new FormData();
      form.set('file', file);
      const result = await readFile(null, form);
      if (result.ok) {
        onRead(result.data);
        setOutcome({ name: file.name });
      } else {
        setOutcome({ error: result.fieldErrors.file ?? result.message });
      }
      input.value = '';
    });
  };

  const describedBy = [`${id}-hint`, outcome.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {t('intake.fields.file')}
      </label>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        onChange={read}
        disabled={pending}
        aria-invalid={outcome.error ? true : undefined}
        aria-describedby={describedBy}
        className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {pending ? t('intake.reading') : t('intake.hints.file', { limit: MAX_UPLOAD_BYTES / MEGABYTE })}
      </p>
      {outcome.error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {outcome.error}
        </p>
      )}
      {outcome.name && !outcome.error && (
        <p role="status" className="text-sm text-green-800">
          {t('intake.read', { name: outcome.name })}
        </p>
      )}
    </div>
  );
}
