import { db } from '@/lib/db';
import { addClaim } from '@/lib/server/claims/add-claim';
import { addNote } from '@/lib/server/claims/add-note';
import { addSource, type SourceFields } from '@/lib/server/claims/add-source';
import { assignClaims } from '@/lib/server/claims/assign-claims';
import { moveClaim } from '@/lib/server/claims/move-claim';
import { saveVerdict } from '@/lib/server/claims/save-verdict';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ClaimMove } from '@/lib/workflow/decide-move';

const DAY = 24 * 60 * 60 * 1000;

type Person = Pick<PublicUser, 'id' | 'role' | 'email'>;

interface Research {
  sources: Omit<SourceFields, 'accessedAt' | 'title' | 'publisher' | 'excerpt' | 'archiveUrl'> & Partial<SourceFields>;
  rating: string;
  explanation: string;
}

/** How far a demo claim has come, and what was done on the way. */
interface Story {
  /** The claim's sentence in the demo article, word for word. */
  sentence: string;
  goal: 'CANDIDATE' | 'REJECTED' | 'OPEN' | 'ASSIGNED' | 'IN_RESEARCH' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED';
  checker?: 'checker' | 'checker2' | 'checker3';
  /** Days from now; negative is overdue. */
  dueInDays?: number;
  research?: Research;
  returnComment?: string;
  note?: string;
}

const GERMAN: Story[] = [
  {
    sentence: 'Die Stadt Lindenau muss die Elsterbrücke ab dem 1. Dezember für den gesamten Verkehr sperren.',
    goal: 'APPROVED',
    checker: 'checker',
    research: {
      sources: { url: 'https://lindenau.example/amtsblatt/2026-44', title: 'Amtsblatt 44/2026: Verkehrsrechtliche Anordnung Elsterbrücke', publisher: 'Stadt Lindenau', stance: 'SUPPORTS' },
      rating: 'true',
      explanation: 'Die Anordnung im Amtsblatt sperrt die Brücke ab dem 1. Dezember für Fahrzeuge, Radfahrer und Fußgänger.',
    },
  },
  {
    sentence: 'Oberbürgermeisterin Karin Vogt (58) begründete den Schritt am Montag mit einem Gutachten, das Risse in drei von fünf Pfeilern festgestellt hatte.',
    goal: 'APPROVED',
    checker: 'checker2',
    research: {
      sources: { url: 'https://lindenau.example/gutachten/elsterbruecke.pdf', title: 'Gutachten zur Standsicherheit der Elsterbrücke', publisher: 'Ingenieurbüro Hartmann', stance: 'SUPPORTS' },
      rating: 'mostly-true',
      explanation: 'Das Gutachten nennt Risse in drei Pfeilern; an einem vierten fand es Abplatzungen, die der Bericht nicht erwähnt. Das Alter der Oberbürgermeisterin stimmt laut Wahlbekanntmachung.',
    },
  },
  {
    sentence: 'Die Sperrung gilt zunächst für 30 Tage, danach soll erneut geprüft werden.',
    goal: 'APPROVED',
    checker: 'checker',
    research: {
      sources: { url: 'https://lindenau.example/presse/2026-11-02-bruecke', title: 'Pressemitteilung: Elsterbrücke wird gesperrt', publisher: 'Stadt Lindenau, Pressestelle', stance: 'SUPPORTS' },
      rating: 'true',
      explanation: 'Die Pressemitteilung nennt eine Sperrung von zunächst 30 Tagen und eine neue Prüfung danach.',
    },
  },
  {
    sentence: 'Nach Angaben der Stadtverwaltung überqueren jeden Tag rund 24.000 Fahrzeuge die Brücke, darunter etwa 1.800 Lastwagen.',
    goal: 'IN_REVIEW',
    checker: 'checker2',
    dueInDays: 2,
    research: {
      sources: { url: 'https://lindenau.example/verkehr/zaehlung-2025', title: 'Verkehrszählung 2025', publisher: 'Tiefbauamt Lindenau', stance: 'CONTEXT' },
      rating: 'missing-context',
      explanation: 'Die Zählung von 2025 ergibt 24.300 Fahrzeuge an Werktagen; am Wochenende sind es deutlich weniger, der Tagesdurchschnitt liegt bei 19.800.',
    },
  },
  {
    sentence: 'Die Umleitung über die Bundesstraße 87 verlängert den Weg für Pendler um bis zu 14 Kilometer.',
    goal: 'IN_RESEARCH',
    checker: 'checker',
    dueInDays: 1,
    note: '@checker2 du hast die Verkehrszählung schon: gibt es dort auch die Länge der Umleitung?',
  },
  {
    sentence: 'Die Reparatur soll nach ersten Schätzungen knapp 2,5 Millionen Euro kosten, doppelt so viel wie im Haushalt für alle Brücken der Stadt vorgesehen ist.',
    goal: 'RETURNED',
    checker: 'checker2',
    dueInDays: 3,
    research: {
      sources: { url: 'https://lindenau.example/haushalt/2026', title: 'Haushaltsplan 2026, Teilhaushalt Tiefbau', publisher: 'Stadt Lindenau', stance: 'SUPPORTS' },
      rating: 'true',
      explanation: 'Der Haushalt sieht 1,2 Millionen Euro für Brücken vor.',
    },
    returnComment: 'Die Kostenschätzung selbst fehlt noch: Bitte die Vorlage des Tiefbauamts als Quelle ergänzen.',
  },
  {
    sentence: '„Wir hätten die Sanierung schon 2019 beginnen müssen, das Geld wurde aber für den Neubau der Stadthalle ausgegeben“, sagte der Fraktionsvorsitzende der Grünen, Tobias Renner.',
    goal: 'ASSIGNED',
    checker: 'checker3',
    dueInDays: -1,
  },
  { sentence: 'Der Stadtrat hatte den Bau der Halle im Jahr 2018 mit 31 zu 12 Stimmen beschlossen.', goal: 'OPEN' },
  { sentence: 'Die Bürgerversammlung zur Sperrung beginnt am Donnerstag um 19 Uhr im Rathaus.', goal: 'REJECTED' },
  { sentence: 'Die Verkehrsbetriebe kündigten an, die Buslinie 4 während der Sperrung alle zehn Minuten fahren zu lassen.', goal: 'REJECTED' },
];

const ENGLISH: Story[] = [
  {
    sentence: 'Harbor City will raise residential water rates by 12 percent from January, the city council decided on Tuesday by a vote of 7 to 2.',
    goal: 'APPROVED',
    checker: 'checker3',
    research: {
      sources: { url: 'https://harborcity.example/council/minutes/2026-10-27', title: 'City council minutes, 27 October 2026', publisher: 'Harbor City Clerk', stance: 'SUPPORTS' },
      rating: 'true',
      explanation: 'The minutes record a 7 to 2 vote for a 12 percent rise in residential rates from 1 January.',
    },
  },
  {
    sentence: 'Mayor Ellen Park (61) said the increase was needed after the driest summer since records began in 1895.',
    goal: 'IN_REVIEW',
    checker: 'checker',
    dueInDays: 2,
    research: {
      sources: { url: 'https://climate.example/harbor-city/summer-2026', title: 'Summer 2026 climate summary', publisher: 'Regional Climate Office', stance: 'REFUTES' },
      rating: 'mostly-false',
      explanation: 'Summer 2026 was the third driest on record; 1931 and 2012 were drier.',
    },
  },
  {
    sentence: 'The North Fork reservoir is at 38 percent of its capacity, according to the regional water authority.',
    goal: 'IN_RESEARCH',
    checker: 'checker2',
    dueInDays: -2,
  },
  {
    sentence: 'The average household pays about $64 a month for water and will pay roughly $72 after the increase.',
    goal: 'RETURNED',
    checker: 'checker3',
    dueInDays: 4,
    research: {
      sources: { url: 'https://harborcity.example/utility/rates', title: 'Water rates and charges', publisher: 'Harbor City Utility', stance: 'SUPPORTS' },
      rating: 'true',
      explanation: 'The utility puts the average bill at $64.',
    },
    returnComment: 'The $72 figure is not checked yet: 12 percent on $64 is $71.68, say where the rounding comes from.',
  },
  { sentence: 'Nearly 410,000 residents are served by the municipal utility.', goal: 'ASSIGNED', checker: 'checker', dueInDays: 5 },
  {
    sentence: '"We lost more than 9 billion gallons to leaking pipes last year, and that is the real scandal," said councilmember Rosa Delgado, who voted against the plan.',
    goal: 'OPEN',
  },
  { sentence: 'A public hearing is scheduled for Monday at 6 p.m. in City Hall.', goal: 'REJECTED' },
  { sentence: 'Watering lawns will be banned for 60 days starting December 1.', goal: 'REJECTED' },
];

/** Slack for an extracted span that takes a quotation mark or a space more or less. */
const SLACK = 2;

/**
 * The demo claim for a sentence: the extracted one that is that sentence, or else the sentence
 * added by hand (the extractor is free to change what it finds). A sentence to reject that the
 * extractor did not find has nothing to reject.
 */
async function claimFor(articleId: string, body: string, story: Story, editor: Person) {
  const start = body.indexOf(story.sentence);
  if (start < 0) throw new Error(`The demo article lacks the sentence "${story.sentence.slice(0, 40)}…"`);
  const end = start + story.sentence.length;
  const found = await db.claim.findFirst({
    where: { articleId, status: 'CANDIDATE', startOffset: { gte: start - SLACK, lte: start + SLACK }, endOffset: { gte: end - SLACK, lte: end + SLACK } },
    select: { id: true, version: true, status: true },
  });
  if (found || story.goal === 'REJECTED' || story.goal === 'CANDIDATE') return found;
  const added = await addClaim(editor, { articleId, start, end });
  return { ...added, status: 'OPEN' as const };
}

/** Walks one demo claim through the workflow as its people would, so its history is real. */
async function tell(story: Story, claim: { id: string; version: number; status: string }, people: Record<string, Person>) {
  const editor = people.editor as Person;
  const checker = people[story.checker ?? 'checker'] as Person;
  let version = claim.version;
  const move = async (actor: Person, step: ClaimMove, comment?: string) => {
    version = (await moveClaim(actor, { claimId: claim.id, version, move: step, comment })).version;
  };
  if (story.goal === 'CANDIDATE') return;
  if (story.goal === 'REJECTED') return move(editor, 'reject');
  if (claim.status === 'CANDIDATE') await move(editor, 'accept');
  if (story.goal === 'OPEN') return;

  const dueAt = story.dueInDays === undefined ? null : new Date(Date.now() + story.dueInDays * DAY);
  await assignClaims(editor, { claims: [{ claimId: claim.id, version }], assignees: [checker.id], dueAt, note: null });
  version++;
  if (story.goal === 'ASSIGNED') return;

  await move(checker, 'start-research');
  if (story.note) await addNote(checker, { claimId: claim.id, kind: 'RESEARCH', body: story.note });
  if (story.research) {
    const { sources, rating, explanation } = story.research;
    const source = { title: null, publisher: null, excerpt: null, archiveUrl: null, accessedAt: new Date(Date.now() - 2 * DAY), ...sources };
    version = (await addSource(checker, { claimId: claim.id, version, ...source })).version;
    const ratingId = (await db.rating.findUniqueOrThrow({ where: { key: rating }, select: { id: true } })).id;
    version = (await saveVerdict(checker, { claimId: claim.id, version, ratingId, explanation })).version;
  }
  if (story.goal === 'IN_RESEARCH') return;

  await move(checker, 'submit');
  if (story.goal === 'IN_REVIEW') return;
  if (story.goal === 'RETURNED') return move(editor, 'return', story.returnComment);
  await move(editor, 'approve');
}

/**
 * The demo newsroom at work: claims of both demo articles in every status, assigned with due
 * dates (some overdue), researched with sources and verdicts, one returned with a comment, notes
 * with a mention, and three approved claims in the German article for its report.
 */
export async function seedDemoWorkflow(people: Record<string, Person>): Promise<void> {
  const articles = await db.article.findMany({ select: { id: true, body: true, language: true } });
  for (const article of articles) {
    for (const story of article.language === 'de' ? GERMAN : ENGLISH) {
      const claim = await claimFor(article.id, article.body, story, people.editor as Person);
      if (claim) await tell(story, claim, people);
    }
  }
}
