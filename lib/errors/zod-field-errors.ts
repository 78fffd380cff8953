import type { z } from 'zod';
import type { FieldErrors } from './app-error';

/** Schemas name catalog keys as messages; other issues get a generic key by their code. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (fields[field]) continue;
    fields[field] = issue.message.startsWith('validation.')
      ? { key: issue.message, values: issueValues(issue) }
      : { key: 'validation.invalid' };
  }
  return fields;
}

function issueValues(issue: z.core.$ZodIssue): Record<string, number> | undefined {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    return { limit: Number(limit) };
  }
  return undefined;
}
