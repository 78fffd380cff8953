import { z } from 'zod';

const MAX_URL_LENGTH = 2000;

/** Empty for none; else an absolute http(s) address (never javascript: or data:, which pages and JSON-LD would carry). */
const optionalWebAddress = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, 'validation.tooLong')
  .pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'validation.url' })]))
  .transform((value) => value || null);

export const newsroomSettingsSchema = z.object({
  /** A checkbox: sent as "true" when ticked, not at all when not. */
  crossCheckEnabled: z
    .enum(['true'], 'validation.invalidChoice')
    .optional()
    .transform((value) => value === 'true'),
  organisationName: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  organisationUrl: optionalWebAddress,
  logoUrl: optionalWebAddress,
  /** When the admin loaded the form: a save over someone else's newer one is refused. */
  updatedAt: z.iso.datetime().transform((value) => new Date(value)),
});

export type NewsroomSettingsInput = z.output<typeof newsroomSettingsSchema>;
