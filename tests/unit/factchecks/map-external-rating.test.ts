import { mapExternalRating, type ScaleRating } from '@/lib/factchecks/map-external-rating';

const SCALE: ScaleRating[] = [
  { id: 'r-true', key: 'true', labelEn: 'True', labelDe: 'Richtig', value: 6 },
  { id: 'r-mostly-true', key: 'mostly-true', labelEn: 'Mostly true', labelDe: 'Größtenteils richtig', value: 5 },
  { id: 'r-missing-context', key: 'missing-context', labelEn: 'Missing context', labelDe: 'Fehlender Kontext', value: 4 },
  { id: 'r-partly-false', key: 'partly-false', labelEn: 'Partly false', labelDe: 'Teilweise falsch', value: 3 },
  { id: 'r-mostly-false', key: 'mostly-false', labelEn: 'Mostly false', labelDe: 'Größtenteils falsch', value: 2 },
  { id: 'r-false', key: 'false', labelEn: 'False', labelDe: 'Falsch', value: 1 },
  { id: 'r-unproven', key: 'unproven', labelEn: 'Unproven', labelDe: 'Unbelegt', value: null },
];

const rating = (label: string | null, value: number | null = null, best: number | null = null, worst: number | null = null) => ({ label, value, best, worst });

describe('mapExternalRating', () => {
  test.each([
    ['Mostly true', 'mostly-true'],
    ['mostly TRUE', 'mostly-true'],
    ['Größtenteils falsch', 'mostly-false'],
    ['Falsch', 'false'],
    ['missing-context', 'missing-context'],
    ['Unbelegt', 'unproven'],
  ])('finds a rating named %j as %s, whatever its value', (label, key) => {
    expect(mapExternalRating(rating(label, 1, 5, 1), SCALE)?.key).toBe(key);
  });

  test.each([
    [5, 5, 1, 'true'],
    [1, 5, 1, 'false'],
    [2, 5, 1, 'mostly-false'],
    [4, 5, 1, 'mostly-true'],
    [0.8, 1, 0, 'mostly-true'],
    [2, 7, 1, 'mostly-false'],
  ])('lays an unknown label rated %d on a scale from %d down to %d onto ours: %s', (value, best, worst, key) => {
    expect(mapExternalRating(rating('Pinocchio', value, best, worst), SCALE)?.key).toBe(key);
  });

  test.each([
    ['no label, no value', rating(null)],
    ['a value without its scale', rating('Pinocchio', 3)],
    ['a scale of one point', rating(null, 1, 1, 1)],
    ['a value outside its scale', rating(null, 9, 5, 1)],
  ])('suggests nothing for %s', (_case, external) => {
    expect(mapExternalRating(external, SCALE)).toBeNull();
  });

  test('suggests nothing on a scale without truth values', () => {
    expect(mapExternalRating(rating('Pinocchio', 1, 5, 1), SCALE.filter((entry) => entry.value === null))).toBeNull();
  });
});
