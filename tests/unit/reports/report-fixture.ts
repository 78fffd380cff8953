import type { PublishedReport, ReportVersionSummary } from '@/lib/reports/published-report';
import { buildReportSnapshot, type SnapshotInput } from '@/lib/reports/report-snapshot';
import { reportText } from '@/lib/reports/report-text';

export const BASE_URL = 'https://factdesk.example';

/** The seeded scale (lib/workflow's migration): value 6 is true, 1 false, unproven has none. */
export const SCALE = [
  { key: 'true', labelEn: 'True', labelDe: 'Richtig', value: 6 },
  { key: 'mostly-true', labelEn: 'Mostly true', labelDe: 'Größtenteils richtig', value: 5 },
  { key: 'missing-context', labelEn: 'Missing context', labelDe: 'Fehlender Kontext', value: 4 },
  { key: 'partly-false', labelEn: 'Partly false', labelDe: 'Teilweise falsch', value: 3 },
  { key: 'mostly-false', labelEn: 'Mostly false', labelDe: 'Größtenteils falsch', value: 2 },
  { key: 'false', labelEn: 'False', labelDe: 'Falsch', value: 1 },
  { key: 'unproven', labelEn: 'Unproven', labelDe: 'Unbelegt', value: null },
] as const;

export const rating = (key: (typeof SCALE)[number]['key']) => {
  const found = SCALE.find((entry) => entry.key === key);
  if (!found) throw new Error(key);
  return found;
};

type ClaimSpec = Partial<SnapshotInput['claims'][number]> & { text: string };

export function claimInput(spec: ClaimSpec, index = 0): SnapshotInput['claims'][number] {
  return {
    id: `claim-${index}`,
    speaker: null,
    entities: [],
    rating: rating('false'),
    verdictExplanation: 'Laut Landesamt sind es 18.000.',
    sources: [
      {
        url: 'https://statistik.example/verkehr',
        title: 'Verkehrszählung 2025',
        publisher: 'Statistisches Landesamt',
        accessedAt: new Date('2026-11-20T12:00:00Z'),
        archiveUrl: 'https://archive.example/verkehr',
        stance: 'REFUTES',
        position: 0,
      },
    ],
    ...spec,
  };
}

export function snapshotInput(claims: ClaimSpec[], overrides: Partial<SnapshotInput['draft']> = {}): SnapshotInput {
  const inputs = claims.map(claimInput);
  return {
    draft: { headline: 'Was an der Brückensperrung stimmt', summary: 'Drei Zahlen geprüft.', language: 'de', claimIds: inputs.map((claim) => claim.id), ...overrides },
    article: {
      title: 'Brückensperrung in Lindenau',
      outlet: 'Lindenauer Rundschau',
      url: 'https://rundschau.example/lindenau/bruecke',
      author: 'Miriam Albers',
      publishedAt: new Date('2026-11-02T07:30:00Z'),
    },
    organisation: { name: 'Faktencheck Lindenau', url: 'https://faktencheck.example', logoUrl: null },
    scale: SCALE,
    claims: inputs,
  };
}

const version = (number: number, publishedAt: string, correctionNote: string | null = null): ReportVersionSummary => ({ number, publishedAt, correctionNote });

export const FIRST_VERSION = version(1, '2026-12-01T12:00:00.000Z');
export const SECOND_VERSION = version(2, '2026-12-03T12:00:00.000Z', 'Quelle ergänzt.');

export function publishedReport(claims: ClaimSpec[], options: { versions?: ReportVersionSummary[]; shown?: number; draft?: Partial<SnapshotInput['draft']> } = {}): PublishedReport {
  const versions = options.versions ?? [FIRST_VERSION];
  const shown = versions.find((entry) => entry.number === (options.shown ?? versions.length)) ?? FIRST_VERSION;
  return { slug: 'was-an-der-brueckensperrung-stimmt', snapshot: buildReportSnapshot(snapshotInput(claims, options.draft)), version: shown, versions };
}

/** Messages as their key and values, so tests see which message went where without depending on wording. */
export const keyText = reportText('de', (key, values) => (values ? `${key}(${JSON.stringify(values)})` : key), 'UTC');
