'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ARTICLE_LANGUAGES } from '@/lib/validations/article';
import { SelectField } from '@/components/ui/select-field';
import { useDetectedLanguage } from './use-detected-language';

interface LanguageFieldProps {
  value: string;
  onChange: (language: string) => void;
  text: string;
  error?: string;
}

/** Detected from the text unless the person chooses: the first option says what was detected. */
export function LanguageField({ value, onChange, text, error }: LanguageFieldProps) {
  const t = useTranslations('intake.languages');
  const locale = useLocale();
  const detected = useDetectedLanguage(text);
  const name = (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  const detectedLabel =
    detected === null
      ? t('auto')
      : detected === 'de' || detected === 'en'
        ? t('detected', { language: t(detected) })
        : detected === 'und'
          ? t('undetermined')
          : t('unsupported', { language: name(detected) });
  const options = ARTICLE_LANGUAGES.map((language) => ({ value: language, label: language === 'auto' ? detectedLabel : t(language) }));
  return (
    <SelectField
      label={useTranslations('intake.fields')('language')}
      name="language"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={options}
      error={error}
    />
  );
}
