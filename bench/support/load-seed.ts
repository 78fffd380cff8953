import type pg from 'pg';
import { hashPassword } from '../../lib/server/users/password';

export const ARTICLES = 10_000;
export const CLAIMS = 200_000;
/** The article the bench opens; no other has as many claims. */
export const ARTICLE_CLAIMS = 50;
export const BENCH_PASSWORD = 'bench-load-password-2026';
export const BENCH_EDITOR_EMAIL = 'editor1@bench.example';
export const BENCH_ARTICLE_ID = 'bench-article-00001';
/** Set on the Claim table once the seed is complete, so a later run can tell its own data from anyone else's. */
export const SEED_MARKER = 'factdesk bench:load seed 1';

const ADMINS = 2;
const EDITORS = 8;
const CHECKERS = 40;

/** Claim sentences: template, claim type, whether it names a speaker. format() arguments: %1$s number, %2$s place, %3$s year, %4$s share, %5$s person, %6$s second number. */
const CLAIM_SENTENCES = {
  de: [
    ['Nach Angaben der Stadtverwaltung wurden im vergangenen Jahr %1$s Wohnungen in %2$s fertiggestellt.', 'QUANTITY', false],
    ['Die Arbeitslosenquote im Kreis %2$s ist seit %3$s um %4$s Prozent gesunken, sagte %5$s.', 'COMPARISON', true],
    ['Der Haushalt sieht für Schulen und Kitas in %2$s Ausgaben von %1$s Millionen Euro vor.', 'QUANTITY', false],
    ['Laut einer Umfrage halten %4$s Prozent der Befragten in %2$s die neue Buslinie für überflüssig.', 'QUANTITY', false],
    ['Der Stadtrat von %2$s hat mit %4$s zu %6$s Stimmen beschlossen, das Freibad zu schließen.', 'EVENT', false],
    ['„Seit %3$s hat sich die Zahl der Radunfälle in %2$s verdoppelt“, sagte %5$s.', 'QUOTE', true],
    ['Wegen der Sperrung der Brücke fahren täglich %1$s Lastwagen durch die Innenstadt von %2$s.', 'CAUSAL', false],
    ['Bis %3$s sollen in %2$s nach dem Willen von %5$s %6$s neue Ladesäulen entstehen.', 'PREDICTION', true],
    ['Das neue Landesgesetz verpflichtet Gemeinden wie %2$s, ab %3$s Hitzeschutzpläne vorzulegen.', 'LAW', false],
  ],
  en: [
    ['According to the council, %1$s homes were completed in %2$s last year.', 'QUANTITY', false],
    ['Unemployment in %2$s has fallen by %4$s percent since %3$s, %5$s said.', 'COMPARISON', true],
    ['The budget sets aside %1$s million pounds for schools and nurseries in %2$s.', 'QUANTITY', false],
    ['In a survey, %4$s percent of residents of %2$s called the new bus route unnecessary.', 'QUANTITY', false],
    ['The %2$s council voted %4$s to %6$s to close the outdoor pool.', 'EVENT', false],
    ['"Cycling accidents in %2$s have doubled since %3$s," said %5$s.', 'QUOTE', true],
    ['Because the bridge is closed, %1$s lorries a day now drive through the centre of %2$s.', 'CAUSAL', false],
    ['%5$s expects %6$s new charging points in %2$s by %3$s.', 'PREDICTION', true],
    ['A new law requires towns such as %2$s to publish heat plans from %3$s on.', 'LAW', false],
  ],
} as const;

const FILLER_SENTENCES = {
  de: ['Die Sitzung dauerte bis in den späten Abend.', 'Anwohner verfolgten die Debatte von der Tribüne aus.', 'Eine Entscheidung über den Zeitplan steht noch aus.', 'Die Opposition kündigte an, das Thema erneut aufzugreifen.'],
  en: ['The meeting ran late into the evening.', 'Residents followed the debate from the public gallery.', 'No decision on the timetable has been taken yet.', 'The opposition said it would raise the matter again.'],
} as const;

const PLACES = ['Elsterau', 'Weidenbrück', 'Hollerstadt', 'Kranichfeld', 'Mooswinkel', 'Lindenhagen', 'Brackwede-Süd', 'Auental'];
const PEOPLE = ['Jana Pohl', 'Marek Lind', 'Selin Aydın', 'Tobias Fenn', 'Ruth Adebayo', 'Konrad Weil', 'Mia Sandvik'];
const OUTLETS = ['Elsterauer Bote', 'Weidenbrücker Zeitung', 'Hollerstadt Herald', 'Kreisanzeiger'];
const RATING_IDS = ['rating-true', 'rating-mostly-true', 'rating-missing-context', 'rating-partly-false', 'rating-mostly-false', 'rating-false', 'rating-unproven'];

/** Claims per article: article 1 has 50, the others 5 to 35 (deterministic), 200,000 in all. */
export function claimsPerArticle(): number[] {
  const counts = Array.from({ length: ARTICLES }, (_, index) => (index === 0 ? ARTICLE_CLAIMS : 20 + ((index * 7919) % 31) - 15));
  let missing = CLAIMS - counts.reduce((sum, count) => sum + count, 0);
  for (let index = 1; missing !== 0; index = (index % (ARTICLES - 1)) + 1) {
    const count = counts[index] ?? 20;
    if (missing > 0 && count < 35) (counts[index] = count + 1), missing--;
    else if (missing < 0 && count > 5) (counts[index] = count - 1), missing++;
  }
  return counts;
}

/** The articles of the last six weeks or so (one every 100 minutes): their claims are the desk's work in progress. */
const RECENT_ARTICLES = 600;

// Claim number k decides a claim's status. Recent claims: 15% candidates, 5% rejected, 15% open,
// 15% assigned, 15% in research, 3% in cross-check, 10% in review, 4% returned, 10% approved,
// 8% published. Older ones are mostly done: 20% candidates nobody took up, 15% rejected,
// 20% approved, 40% published, and a few forgotten open (3%), assigned (1%) or in research (1%).
const STATUS_OF_H = `CASE WHEN recent THEN
    CASE WHEN h < 15 THEN 'CANDIDATE' WHEN h < 20 THEN 'REJECTED' WHEN h < 35 THEN 'OPEN' WHEN h < 50 THEN 'ASSIGNED'
    WHEN h < 65 THEN 'IN_RESEARCH' WHEN h < 68 THEN 'IN_CROSS_CHECK' WHEN h < 78 THEN 'IN_REVIEW' WHEN h < 82 THEN 'RETURNED'
    WHEN h < 92 THEN 'APPROVED' ELSE 'PUBLISHED' END
  ELSE
    CASE WHEN h < 20 THEN 'CANDIDATE' WHEN h < 35 THEN 'REJECTED' WHEN h < 38 THEN 'OPEN' WHEN h < 39 THEN 'ASSIGNED'
    WHEN h < 40 THEN 'IN_RESEARCH' WHEN h < 60 THEN 'APPROVED' ELSE 'PUBLISHED' END
  END`;
/** How far along the workflow a status is: which audit events a claim has. */
const STAGE_OF_STATUS = `CASE status WHEN 'CANDIDATE' THEN 0 WHEN 'REJECTED' THEN 0 WHEN 'OPEN' THEN 1 WHEN 'ASSIGNED' THEN 2 WHEN 'IN_RESEARCH' THEN 3
  WHEN 'IN_CROSS_CHECK' THEN 5 WHEN 'IN_REVIEW' THEN 5 WHEN 'RETURNED' THEN 6 WHEN 'APPROVED' THEN 7 ELSE 8 END`;

/**
 * Fills an empty, migrated database with a newsroom of two years: 50 people of all three roles,
 * 10,000 articles, 200,000 claims over every status, with assignees, due dates, ratings,
 * sources, notes, cross-checks, notifications and audit events. Bulk SQL only (INSERT … SELECT).
 */
export async function seedLoadData(client: pg.Client, log: (line: string) => void): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };

  // One fact-checker has left (deactivated) but keeps their claims; half the people chose English.
  await step(
    'people',
    `INSERT INTO "User" (id, email, name, "passwordHash", role, active, locale, "createdAt", "updatedAt")
     SELECT 'bench-' || kind || '-' || n, kind || n || '@bench.example', initcap(kind) || ' ' || n, $1, role::"Role",
            NOT (kind = 'checker' AND n = ${CHECKERS}), (CASE WHEN n % 2 = 0 THEN 'en' ELSE 'de' END)::"Locale",
            now() - interval '2 years', now() - interval '2 years'
     FROM (SELECT 'admin' AS kind, 'ADMIN' AS role, n FROM generate_series(1, ${ADMINS}) n
           UNION ALL SELECT 'editor', 'EDITOR', n FROM generate_series(1, ${EDITORS}) n
           UNION ALL SELECT 'checker', 'FACT_CHECKER', n FROM generate_series(1, ${CHECKERS}) n) people`,
    [passwordHash],
  );
  await step('settings', `UPDATE "NewsroomSettings" SET "crossCheckEnabled" = true, "updatedAt" = now() WHERE id = 1`);

  // Every article's sentences, claims at the odd places, with where each one starts in the body.
  await step(
    'sentences',
    `CREATE TEMP TABLE bench_sentence AS
     SELECT n, s, claim_pos, text, sep, kind, named,
            sum(length(text) + length(sep)) OVER (PARTITION BY n ORDER BY s) - length(text) - length(sep) AS start
     FROM (
       SELECT a.n, s.s, lang,
              CASE WHEN s.s % 2 = 1 THEN (s.s + 1) / 2 END AS claim_pos,
              CASE WHEN s.s % 6 = 0 THEN E'\\n\\n' ELSE ' ' END AS sep,
              t.kind, t.named,
              format(CASE WHEN s.s % 2 = 1 THEN t.template ELSE f.filler END,
                     100 + (a.n * 37 + s.s * 101) % 9000, ($4::text[])[1 + (a.n + s.s) % array_length($4::text[], 1)],
                     2015 + (a.n + s.s) % 11, 2 + (a.n * 7 + s.s) % 60, ($5::text[])[1 + (a.n * 3 + s.s) % array_length($5::text[], 1)],
                     3 + (a.n + s.s * 7) % 40) AS text
       FROM (SELECT n::int, c, CASE WHEN n % 10 < 7 THEN 'de' ELSE 'en' END AS lang FROM unnest($1::int[]) WITH ORDINALITY AS counts(c, n)) a
       CROSS JOIN LATERAL generate_series(1, 2 * a.c) AS s(s)
       CROSS JOIN LATERAL (
         SELECT x.template, x.kind, x.named FROM jsonb_to_recordset($2::jsonb -> a.lang) AS x(template text, kind text, named boolean)
         OFFSET (a.n * 7 + s.s * 13) % jsonb_array_length($2::jsonb -> a.lang) LIMIT 1) t
       CROSS JOIN LATERAL (
         SELECT x.filler FROM jsonb_array_elements_text($3::jsonb -> a.lang) WITH ORDINALITY AS x(filler, i)
         WHERE x.i = 1 + (a.n + s.s) % jsonb_array_length($3::jsonb -> a.lang)) f
     ) sentences`,
    [
      claimsPerArticle(),
      JSON.stringify(Object.fromEntries(Object.entries(CLAIM_SENTENCES).map(([lang, rows]) => [lang, rows.map(([template, kind, named]) => ({ template, kind, named }))]))),
      JSON.stringify(FILLER_SENTENCES),
      PLACES,
      PEOPLE,
    ],
  );

  // Article 1 is the newest; one every 100 minutes before it, about two years in all.
  await step(
    'articles',
    `INSERT INTO "Article" (id, title, outlet, url, author, "publishedAt", language, body, "extractionStatus", "extractedAt", "createdById", "createdAt", "updatedAt")
     SELECT 'bench-article-' || lpad(n::text, 5, '0'),
            CASE WHEN n % 10 < 7 THEN 'Bericht ' || n || ': Was der Stadtrat beschlossen hat' ELSE 'Report ' || n || ': what the council decided' END,
            ($1::text[])[1 + n % array_length($1::text[], 1)], 'https://news.example/articles/' || n, ($2::text[])[1 + n % array_length($2::text[], 1)],
            created - interval '3 hours', CASE WHEN n % 10 < 7 THEN 'de' ELSE 'en' END, body, 'DONE', created + interval '1 minute',
            'bench-editor-' || (1 + n % ${EDITORS}), created, created + interval '1 minute'
     FROM (SELECT n, now() - (n - 1) * interval '100 minutes' AS created, rtrim(string_agg(text || sep, '' ORDER BY s), E' \\n') AS body
           FROM bench_sentence GROUP BY n) articles`,
    [OUTLETS, PEOPLE],
  );

  await step(
    'claims',
    `INSERT INTO "Claim" (id, "articleId", text, "startOffset", "endOffset", type, score, reasons, quantities, entities, speaker, "addedById",
                          status, "statusChangedAt", "statusChangedById", "ratingId", "verdictExplanation", "verdictById", "approvedById", "approvedAt",
                          "assigneeId", "dueAt", version, "createdAt", "updatedAt")
     SELECT id, "articleId", text, start, start + length(text), kind::"ClaimType", score, reasons, '[]', '[]', speaker,
            CASE WHEN k % 50 = 0 THEN editor END,
            status::"ClaimStatus", updated,
            CASE WHEN status = 'CANDIDATE' THEN NULL WHEN status IN ('REJECTED', 'OPEN', 'APPROVED', 'PUBLISHED') THEN editor ELSE assignee END,
            CASE WHEN stage >= 5 THEN ($1::text[])[1 + k % 7] END,
            CASE WHEN stage >= 5 THEN 'Die Angabe stützt sich auf die Statistik von ' || (2015 + k % 11) || '; neuere Zahlen liegen vor und weichen um ' || (2 + k % 30) || ' Prozent ab.' END,
            CASE WHEN stage >= 5 THEN assignee END,
            CASE WHEN stage >= 7 THEN editor END,
            CASE WHEN stage >= 7 THEN updated END,
            assignee,
            CASE WHEN assignee IS NOT NULL AND k % 5 > 0 THEN created + (3 * 1440 + (k * 7919) % (11 * 1440)) * interval '1 minute' END,
            1 + stage, created, updated
     FROM (
       SELECT *, ${STAGE_OF_STATUS} AS stage,
              CASE WHEN status NOT IN ('CANDIDATE', 'REJECTED', 'OPEN') THEN 'bench-checker-' || (1 + (k * 7919) % ${CHECKERS}) END AS assignee,
              CASE WHEN status = 'CANDIDATE' THEN created ELSE least(now(), created + ((k * 7001) % (CASE WHEN recent THEN 43200 ELSE 14400 END)) * interval '1 minute') END AS updated
       FROM (
         SELECT *, ${STATUS_OF_H} AS status
         FROM (
           SELECT 'bench-claim-' || lpad(k::text, 6, '0') AS id, k, (k * 37) % 100 AS h,
                  'bench-article-' || lpad(n::text, 5, '0') AS "articleId", text, start, kind,
                  0.35 + ((k * 53) % 64) / 100.0 AS score,
                  CASE WHEN named THEN ($2::text[])[1 + (n * 3 + s) % array_length($2::text[], 1)] END AS speaker,
                  jsonb_build_array(jsonb_build_object('code', CASE kind WHEN 'QUOTE' THEN 'quote' WHEN 'EVENT' THEN 'event' ELSE 'has-number' END, 'weight', 0.9),
                                    jsonb_build_object('code', 'named-entity', 'weight', 0.4)) AS reasons,
                  'bench-editor-' || (1 + k % ${EDITORS}) AS editor,
                  now() - (n - 1) * interval '100 minutes' + claim_pos * interval '1 second' AS created,
                  n <= ${RECENT_ARTICLES} AS recent
           FROM (SELECT *, row_number() OVER (ORDER BY n, claim_pos) AS k FROM bench_sentence WHERE claim_pos IS NOT NULL) numbered
         ) base
       ) with_status
     ) with_people`,
    [RATING_IDS, PEOPLE],
  );

  await step(
    'sources',
    `INSERT INTO "Source" (id, "claimId", url, title, publisher, excerpt, "accessedAt", "archiveUrl", stance, position, "addedById", "createdAt", "updatedAt")
     SELECT c.id || '-source-' || p, c.id, 'https://statistik.example/tabellen/' || c.k || '/' || p, 'Statistischer Bericht ' || (2015 + (c.k + p) % 11),
            CASE p WHEN 1 THEN 'Landesamt für Statistik' WHEN 2 THEN 'Stadtverwaltung' ELSE 'Kreisarchiv' END,
            CASE WHEN p = 1 THEN 'Tabelle ' || (c.k % 40 + 1) || ' nennt die Werte für die Jahre 2015 bis 2025.' END,
            c."createdAt" + interval '1 day', CASE WHEN p = 1 THEN 'https://archive.example/' || c.k END,
            (CASE p WHEN 1 THEN 'SUPPORTS' WHEN 2 THEN 'REFUTES' ELSE 'CONTEXT' END)::"SourceStance", p - 1, c."assigneeId", c."createdAt" + interval '1 day', c."createdAt" + interval '1 day'
     FROM (SELECT id, substr(id, 13)::int AS k, "assigneeId", "createdAt" FROM "Claim"
           WHERE status IN ('IN_RESEARCH', 'IN_CROSS_CHECK', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED')) c
     CROSS JOIN LATERAL generate_series(1, 1 + c.k % 3) AS p`,
  );

  await step(
    'notes',
    `INSERT INTO "Note" (id, "claimId", "authorId", body, kind, "parentId", "createdAt")
     SELECT c.id || '-note-1', c.id, c."assigneeId", 'Die Pressestelle hat die Zahl bestätigt, die Quelle aber nicht genannt. Nachfrage beim Landesamt läuft.', 'RESEARCH'::"NoteKind", NULL, c."createdAt" + interval '2 days'
     FROM "Claim" c WHERE c."assigneeId" IS NOT NULL AND c.status <> 'ASSIGNED' AND substr(c.id, 13)::int % 2 = 0
     UNION ALL
     SELECT c.id || '-note-2', c.id, 'bench-editor-' || (1 + substr(c.id, 13)::int % ${EDITORS}), 'Bitte die Zählung von 2025 ergänzen.', 'REVIEW'::"NoteKind", c.id || '-note-1', c."createdAt" + interval '3 days'
     FROM "Claim" c WHERE c.status IN ('IN_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED') AND substr(c.id, 13)::int % 2 = 0`,
  );

  await step(
    'cross-checks',
    `INSERT INTO "CrossCheck" (id, "claimId", "checkerId", verdict, comment, sources, "createdAt")
     SELECT c.id || '-cross-check', c.id, 'bench-checker-' || (1 + (substr(c.id, 13)::int * 7919 + 1) % ${CHECKERS - 1}), 'CONFIRMED'::"CrossCheckResult",
            'Quellen und Bewertung nachvollzogen.', '[]', c."updatedAt" - interval '1 hour'
     FROM "Claim" c WHERE c.status IN ('IN_REVIEW', 'APPROVED', 'PUBLISHED') AND substr(c.id, 13)::int % 5 = 0`,
  );

  // Each claim's history: the steps its status implies, spread between its creation and last change.
  await step(
    'audit events',
    `INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", action, before, after, "createdAt")
     SELECT c.id || '-event-' || e.step, CASE e.actor WHEN 'editor' THEN c.editor WHEN 'assignee' THEN c."assigneeId" END, 'Claim', c.id, e.action,
            e.before, CASE WHEN e.action = 'claim.assigned' THEN jsonb_build_object('assigneeId', c."assigneeId") ELSE e.after END,
            c."createdAt" + (c."updatedAt" - c."createdAt") * e.step / 9
     FROM (SELECT id, "assigneeId", "createdAt", "updatedAt", status, 'bench-editor-' || (1 + substr(id, 13)::int % ${EDITORS}) AS editor,
                  ${STAGE_OF_STATUS} AS stage FROM "Claim") c
     JOIN (VALUES
       (1, 1, 'claim.accept', 'editor', '{"status":"CANDIDATE"}'::jsonb, '{"status":"OPEN"}'::jsonb),
       (2, 2, 'claim.assigned', 'editor', NULL, NULL),
       (3, 3, 'claim.start-research', 'assignee', '{"status":"ASSIGNED"}', '{"status":"IN_RESEARCH"}'),
       (4, 5, 'claim.verdict-saved', 'assignee', '{"rating":null}', '{"rating":"missing-context"}'),
       (5, 5, 'claim.submit', 'assignee', '{"status":"IN_RESEARCH"}', '{"status":"IN_REVIEW"}'),
       (6, 6, 'claim.return', 'editor', '{"status":"IN_REVIEW"}', '{"status":"RETURNED","comment":"Bitte die Zählung von 2025 ergänzen."}'),
       (7, 7, 'claim.approve', 'editor', '{"status":"IN_REVIEW"}', '{"status":"APPROVED"}'),
       (8, 8, 'claim.publish', 'editor', '{"status":"APPROVED"}', '{"status":"PUBLISHED"}')
     ) AS e(step, stage, action, actor, before, after)
       ON c.stage >= e.stage AND (e.action <> 'claim.return' OR c.status = 'RETURNED')
     UNION ALL
     SELECT c.id || '-event-0', 'bench-editor-' || (1 + substr(c.id, 13)::int % ${EDITORS}), 'Claim', c.id, 'claim.reject',
            '{"status":"CANDIDATE"}', '{"status":"REJECTED"}', c."updatedAt"
     FROM "Claim" c WHERE c.status = 'REJECTED'`,
  );

  await step(
    'notifications',
    `INSERT INTO "Notification" (id, "recipientId", "actorId", kind, "claimId", details, "readAt", "createdAt")
     SELECT c.id || '-notification', c."assigneeId", 'bench-editor-' || (1 + substr(c.id, 13)::int % ${EDITORS}), 'ASSIGNED'::"NotificationKind", c.id, '{}'::jsonb,
            CASE WHEN substr(c.id, 13)::int % 10 > 0 THEN c."createdAt" + interval '1 hour' END, c."createdAt"
     FROM "Claim" c WHERE c."assigneeId" IS NOT NULL AND substr(c.id, 13)::int % 4 = 0
     UNION ALL
     SELECT c.id || '-review-request', 'bench-editor-1', c."assigneeId", 'REVIEW_REQUESTED'::"NotificationKind", c.id, '{}'::jsonb,
            CASE WHEN substr(c.id, 13)::int % 7 > 0 THEN c."updatedAt" + interval '1 hour' END, c."updatedAt"
     FROM "Claim" c WHERE c.status = 'IN_REVIEW' AND substr(c.id, 13)::int % 20 = 0`,
  );

  await client.query('DROP TABLE bench_sentence');
  await client.query(`COMMENT ON TABLE "Claim" IS '${SEED_MARKER}'`);
  const started = performance.now();
  await client.query('VACUUM (ANALYZE)');
  log(`  vacuum and analyze: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
