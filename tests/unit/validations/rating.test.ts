import { createRatingSchema, setRatingRetiredSchema, updateRatingSchema } from '@/lib/validations/rating';

const NAMES = { labelEn: 'Satire', labelDe: 'Satire' };

describe('rating schemas', () => {
  test.each([
    ['mostly-false', true],
    ['satire', true],
    ['four-pinocchios-2', true],
    ['  Satire ', true],
    ['mostly false', false],
    ['mostly_false', false],
    ['-false', false],
    ['false-', false],
    ['half--true', false],
    ['wahr-ä', false],
    ['', false],
    ['a'.repeat(41), false],
  ])('key %j is accepted: %s', (key, accepted) => {
    expect(createRatingSchema.safeParse({ key, ...NAMES, value: '' }).success).toBe(accepted);
  });

  test('lower-cases the key', () => {
    expect(createRatingSchema.parse({ key: 'Satire', ...NAMES, value: '' }).key).toBe('satire');
  });

  test.each([
    ['', null],
    [' 3 ', 3],
    ['0', 0],
    ['-2', -2],
    ['999', 999],
  ])('value %j becomes %j', (value, expected) => {
    expect(updateRatingSchema.parse({ ratingId: 'r', ...NAMES, value }).value).toBe(expected);
  });

  test.each(['2.5', '1e3', 'three', '1000', '--1', '+1'])('refuses the value %j', (value) => {
    const result = updateRatingSchema.safeParse({ ratingId: 'r', ...NAMES, value });
    expect(result.success ? null : result.error.issues.map((issue) => issue.message)).toEqual(['validation.ratingValue']);
  });

  test('requires both names', () => {
    const result = updateRatingSchema.safeParse({ ratingId: 'r', labelEn: ' ', labelDe: '', value: '1' });
    expect(result.success ? null : result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['labelEn', 'validation.required'],
      ['labelDe', 'validation.required'],
    ]);
  });

  test('reads retiring and bringing back', () => {
    expect(setRatingRetiredSchema.parse({ ratingId: 'r', retired: 'true' }).retired).toBe(true);
    expect(setRatingRetiredSchema.parse({ ratingId: 'r', retired: 'false' }).retired).toBe(false);
    expect(setRatingRetiredSchema.safeParse({ ratingId: 'r', retired: 'yes' }).success).toBe(false);
  });
});
