import fs from 'node:fs';
import path from 'node:path';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import { pickMessages, ROOT_CLIENT_NAMESPACES } from '@/lib/i18n/client-messages';

const ROOT = path.resolve(__dirname, '../../..');

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  return ['.tsx', '.ts', ''].map((ext) => base + ext).find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

const sourceOf = (file: string) => fs.readFileSync(file, 'utf8');
const importsOf = (file: string) =>
  [...sourceOf(file).matchAll(/^import\s+(?!type\b)[^'"]*from\s+'([^']+)'/gm)].flatMap((match) => {
    const resolved = match[1] ? resolveImport(file, match[1]) : null;
    return resolved && !resolved.includes(`${path.sep}lib${path.sep}`) ? [resolved] : [];
  });

/** The catalog paths one file's translation hooks read: the namespace and the literal key prefixes under it. */
function pathsReadBy(file: string): string[] {
  const source = sourceOf(file);
  const paths: string[] = [];
  for (const hook of source.matchAll(/const (\w+) = useTranslations\((?:'([^']*)')?\)/g)) {
    const [, name, namespace] = hook;
    const prefix = namespace ? `${namespace}.` : '';
    for (const call of source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.has|\\.raw)?\\(([^,)]*)`, 'g'))) {
      const literal = /^\s*['`]([^'`$]*)/.exec(call[1] ?? '');
      const key = literal?.[1]?.replace(/\.$/, '');
      // A key not written out (passed in, or built) may be anything under the namespace.
      paths.push(key ? prefix + key : (namespace ?? ''));
    }
  }
  return paths;
}

/** Every catalog path the client components under `entry` read (components a client component imports are client components too). */
function clientPathsOf(entry: string): Set<string> {
  const paths = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const isClient = client || /^['"]use client['"]/.test(sourceOf(file));
    if (isClient) for (const found of pathsReadBy(file)) paths.add(found);
    for (const imported of importsOf(file)) visit(imported, isClient);
  };
  visit(entry, false);
  return paths;
}

/** The namespaces a page hands its client components: ROOT_CLIENT_NAMESPACES and those of its <ClientMessages>. */
function declaredBy(file: string): string[] {
  const declared = [...sourceOf(file).matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/g)].flatMap((match) => [...(match[1] ?? '').matchAll(/'([^']+)'/g)].map((name) => name[1] ?? ''));
  return [...ROOT_CLIENT_NAMESPACES, ...declared];
}

const covered = (needed: string, declared: readonly string[]) => declared.some((name) => needed === name || needed.startsWith(`${name}.`));

const entries = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return entries(full);
    return /^(page|layout|error|not-found|forbidden)\.tsx$/.test(item.name) ? [full] : [];
  });

describe('client messages', () => {
  it.each(entries(path.join(ROOT, 'app')).map((file) => [path.relative(ROOT, file), file]))('%s hands its client components every namespace they read', (_name, file) => {
    const missing = [...clientPathsOf(file)].filter((needed) => !covered(needed, declaredBy(file)));
    expect(missing).toEqual([]);
  });

  it.each([
    ['en', en],
    ['de', de],
  ])('the root namespaces exist in the %s catalog', (_locale, messages) => {
    expect(Object.keys(pickMessages(messages, ROOT_CLIENT_NAMESPACES)).sort()).toEqual([...new Set(ROOT_CLIENT_NAMESPACES.map((name) => name.split('.')[0]))].sort());
  });

  it('picks nested paths and leaves out missing ones', () => {
    const messages = { a: { b: 'x', c: { d: 'y' } }, e: 'z' };
    expect(pickMessages(messages, ['a.c', 'e', 'missing.path'])).toEqual({ a: { c: { d: 'y' } }, e: 'z' });
  });
});
