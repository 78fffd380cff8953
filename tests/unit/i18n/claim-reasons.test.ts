import { reasonLabels } from '@/lib/claims/reason-labels';
import en from '@/lib/i18n/messages/en.json';
import de from '@/lib/i18n/messages/de.json';

// The app shows why the extractor picked a claim in the person's language, from the catalogs.
describe('claim reasons in the catalogs', () => {
  test.each(Object.keys(reasonLabels))('%s has an English and a German label', (code) => {
    expect((en.claims.reasons as Record<string, string>)[code]).toBeTruthy();
    expect((de.claims.reasons as Record<string, string>)[code]).toBeTruthy();
  });
});
