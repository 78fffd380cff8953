import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { LOCALES } from '@/lib/i18n/locales';

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;

// Lower-cased on the way in, so the unique index on User.email ignores case.
export const emailSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.tooLong')
  .pipe(z.email('validation.email'))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, 'validation.passwordTooShort')
  .max(MAX_PASSWORD_LENGTH, 'validation.tooLong');

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'validation.required').max(MAX_PASSWORD_LENGTH, 'validation.tooLong'),
});

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  role: z.enum(ROLES, 'validation.invalidChoice'),
  password: passwordSchema,
});

export const changeRoleSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES, 'validation.invalidChoice'),
});

export const setActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export const localeSchema = z.object({ locale: z.enum(LOCALES, 'validation.invalidChoice') });

export type CreateUserInput = z.infer<typeof createUserSchema>;

const newPasswordFields = { newPassword: passwordSchema, repeatPassword: z.string() };

function repeatedCorrectly(input: { newPassword: string; repeatPassword: string }): boolean {
  return input.newPassword === input.repeatPassword;
}

const REPEAT_MISMATCH = { path: ['repeatPassword'], message: 'validation.passwordsDiffer' };

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'validation.required').max(MAX_PASSWORD_LENGTH, 'validation.tooLong'),
    ...newPasswordFields,
  })
  .refine(repeatedCorrectly, REPEAT_MISMATCH);

/** Replacing the one-time password after an admin's reset: the sign-in with it was the proof. */
export const finishPasswordResetSchema = z.object(newPasswordFields).refine(repeatedCorrectly, REPEAT_MISMATCH);

export const resetPasswordSchema = z.object({ userId: z.string().min(1) });
