'use client';

import { useActionState, useEffect, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ArticleDraft } from '@/lib/intake/read-article-html';
import type { FormAction } from '@/lib/server/action-result';
import type { ImportedArticle } from '@/lib/server/articles/import-article-from-url';
import { MAX_ARTICLE_LENGTH } from '@/lib/validations/article';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextareaField } from '@/components/ui/textarea-field';
import { TextField } from '@/components/ui/text-field';
import { FileImportField } from './file-import-field';
import { LanguageField } from './language-field';
import { UrlImportField } from './url-import-field';
import { useStandingErrors } from './use-standing-errors';

interface NewArticleFormProps {
  createArticle: FormAction<string>;
  importFromUrl: FormAction<ImportedArticle>;
  readFile: FormAction<ArticleDraft>;
}

const EMPTY = { title: '', outlet: '', author: '', url: '', publishedAt: '', language: 'auto', body: '' };
type Fields = typeof EMPTY;

/** A draft's values for the fields it has; an import fills what it found and leaves the rest as typed. */
function filled(fields: Fields, draft: Partial<ArticleDraft & { url: string }>, overwrite: boolean): Fields {
  const next = { ...fields };
  for (const key of ['title', 'outlet', 'author', 'url', 'publishedAt', 'body'] as const) {
    const value = draft[key];
    if (value && (overwrite || !next[key].trim() || key === 'body')) next[key] = value;
  }
  return next;
}

/**
 * The new-article form: paste the text, read it from a file or import it from the article's
 * web address, check what was filled in, then save. Saving queues the claim extraction and
 * opens the article page, which follows it.
 */
export function NewArticleForm({ createArticle, importFromUrl, readFile }: NewArticleFormProps) {
  const t = useTranslations('intake');
  const common = useTranslations('common');
  const router = useRouter();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [result, action, pending] = useActionState(createArticle, null);
  const { message, fieldErrors, markChanged } = useStandingErrors(result);

  const set = (key: keyof Fields) => (value: string) => {
    setFields((current) => ({ ...current, [key]: value }));
    markChanged([key]);
  };
  const fill = (draft: Partial<ArticleDraft & { url: string }>, overwrite: boolean) => {
    setFields((current) => filled(current, draft, overwrite));
    markChanged(Object.keys(draft).filter((key) => draft[key as keyof typeof draft]));
  };

  useEffect(() => {
    if (result?.ok) router.push(`/articles/${result.data}`);
  }, [result, router]);

  return (
    <form action={action} className="flex max-w-3xl flex-col gap-5" noValidate>
      {message && <FormStatus tone="error" message={message} />}
      <UrlImportField
        value={fields.url}
        onChange={set('url')}
        importFromUrl={importFromUrl}
        onImported={(article) => fill(article, true)}
        error={fieldErrors.url}
      />
      <TextField label={t('fields.title')} name="title" required value={fields.title} onChange={(event) => set('title')(event.target.value)} error={fieldErrors.title} />
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField label={t('fields.outlet')} name="outlet" value={fields.outlet} onChange={(event) => set('outlet')(event.target.value)} error={fieldErrors.outlet} />
        <TextField label={t('fields.author')} name="author" value={fields.author} onChange={(event) => set('author')(event.target.value)} error={fieldErrors.author} />
        <TextField
          label={t('fields.publishedAt')}
          name="publishedAt"
          type="date"
          value={fields.publishedAt}
          onChange={(event) => set('publishedAt')(event.target.value)}
          error={fieldErrors.publishedAt}
        />
      </div>
      <FileImportField readFile={readFile} onRead={(draft) => fill(draft, false)} />
      <TextareaField
        label={t('fields.body')}
        name="body"
        rows={18}
        className="leading-relaxed"
        required
        value={fields.body}
        onChange={(event) => set('body')(event.target.value)}
        hint={t('hints.body', { count: fields.body.length, limit: MAX_ARTICLE_LENGTH })}
        error={fieldErrors.body}
      />
      <div className="max-w-sm">
        <LanguageField value={fields.language} onChange={set('language')} text={fields.body} error={fieldErrors.language} />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending || result?.ok}>
          {pending || result?.ok ? common('saving') : t('submit')}
        </Button>
        <Link href="/articles" className="text-sm text-slate-700 underline">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
