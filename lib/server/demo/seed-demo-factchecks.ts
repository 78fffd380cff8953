import { importFactChecks } from '@/lib/server/factchecks/import-factchecks';
import { DEMO_FACT_CHECKS } from './demo-factchecks';

/** Imports the demo fact-checks the way an admin would import a file of them. */
export async function seedDemoFactChecks(importedById: string): Promise<number> {
  const file = new TextEncoder().encode(JSON.stringify(DEMO_FACT_CHECKS, null, 2));
  const outcome = await importFactChecks({ name: 'demo-factchecks.json', chunks: (async function* () { yield file; })(), importedById });
  if (!outcome.ok) throw new Error(`The demo fact-checks do not import: ${JSON.stringify(outcome.problem)}`);
  if (outcome.summary.refusedCount) throw new Error(`Demo fact-checks refused: ${JSON.stringify(outcome.summary.refused)}`);
  return outcome.summary.imported;
}
