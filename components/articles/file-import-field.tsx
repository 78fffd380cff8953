'use client';

import { useState, useTransition, type ChangeEvent } from 'react';
import { useTranslations } from 'next-intl';
import { articleFileKind } from '@/lib/intake/article-file-kind';
import { ARTICLE_FILE_TYPES, MAX_UPLOAD_BYTES } from '@/lib/intake/limits';
import type { ArticleDraft } from '@/lib/intake/read-article-html';
import type { FormAction } from '@/lib/server/action-result';
import { FieldFrame } from '@/components/ui/field-frame';

const ACCEPT = Object.keys(ARTICLE_FILE_TYPES).join(',');
const MEGABYTE = 1_000_000;

interface FileImportFieldProps {
  readFile: FormAction<ArticleDraft>;
  onRead: (draft: ArticleDraft) => void;
}

/** Reads an uploaded file's text on the server (HTML to its main text, Word to its paragraphs) into the form. */
export function FileImportField({ readFile, onRead }: FileImportFieldProps) {
  const t = useTranslations();
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

  const success = outcome.name && !outcome.error ? t('intake.read', { name: outcome.name }) : null;
  return (
    <FieldFrame
      label={t('intake.fields.file')}
      hint={pending ? t('intake.reading') : t('intake.hints.file', { limit: MAX_UPLOAD_BYTES / MEGABYTE })}
      error={outcome.error}
    >
      {({ id, describedBy, invalid }) => (
        <>
          <input
            id={id}
            type="file"
            accept={ACCEPT}
            onChange={read}
            disabled={pending}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
          />
          {success && (
            <p role="status" className="order-last text-sm text-green-800">
              {success}
            </p>
          )}
        </>
      )}
    </FieldFrame>
  );
}
