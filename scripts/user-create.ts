import './support/load-env';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { openDatabaseTarget } from '@/lib/database/database-target';
import { toAppError } from '@/lib/errors/to-app-error';
import { zodFieldErrors } from '@/lib/errors/zod-field-errors';
import en from '@/lib/i18n/messages/en.json';
import { createUserSchema } from '@/lib/validations/user';
import { runCli } from './support/run-cli';

const USAGE = `Usage: npm run user:create -- --email <email> --role ADMIN|EDITOR|FACT_CHECKER [--name "Full Name"]
The password is asked for at the prompt, or read from standard input when it is piped:
  printf '%s' "$PASSWORD" | npm run -s user:create -- --email admin@example.org --role ADMIN`;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  // Echo nothing while the password is typed.
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(question);
      muted = true;
      prompt.question('', (answer) => {
        muted = false;
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const password = await ask('Password: ');
  const repeated = await ask('Repeat the password: ');
  prompt.close();
  if (password !== repeated) throw new Error('The passwords differ.');
  return password;
}

function message(key: string, values: Record<string, string | number> = {}): string {
  const [group, name] = key.split('.') as ['validation', keyof typeof en.errors.validation];
  const template: string = group === 'validation' ? (en.errors.validation[name] ?? key) : key;
  return template.replace(/\{(\w+)\}/g, (_, placeholder: string) => String(values[placeholder] ?? ''));
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.role) {
    console.error(USAGE);
    return 2;
  }
  const password = await readPassword();
  const input = createUserSchema.safeParse({ ...values, name: values.name ?? values.email.split('@')[0], password });
  if (!input.success) {
    for (const [field, error] of Object.entries(zodFieldErrors(input.error))) console.error(`${field}: ${message(error.key, error.values)}`);
    return 2;
  }

  const target = await openDatabaseTarget();
  process.env.DATABASE_URL = target.url;
  try {
    const { createUser } = await import('@/lib/server/users/create-user');
    const user = await createUser(input.data, null);
    console.log(`Created ${user.role} ${user.email}.`);
    return 0;
  } catch (error) {
    const appError = toAppError(error);
    if (appError?.reason === 'EMAIL_TAKEN') {
      console.error(en.errors.reasons.EMAIL_TAKEN);
      return 1;
    }
    throw error;
  } finally {
    const { db } = await import('@/lib/db');
    await db.$disconnect();
    await target.stop();
  }
}

runCli(main);
