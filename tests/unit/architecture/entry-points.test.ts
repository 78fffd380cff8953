import fs from 'node:fs';
import path from 'node:path';

// Authorisation is checked by defineAction/defineRoute; these tests keep every server
// entry point going through them, so a new one cannot skip the permission table.

function filesUnder(directory: string, name: RegExp): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(full, name);
    return name.test(entry.name) ? [full] : [];
  });
}

const APP = path.resolve('app');
const relative = (file: string) => path.relative(process.cwd(), file);

const serverActionFiles = filesUnder(APP, /\.tsx?$/).filter((file) => /^['"]use server['"]/m.test(fs.readFileSync(file, 'utf8')));

/** Public on purpose: next-auth's own handler (it authenticates) and the bare health probe. */
const ROUTES_WITHOUT_PERMISSION = ['app/api/auth/[...nextauth]/route.ts', 'app/api/health/route.ts'];

/** Open to everyone through definePublicRoute: published reports, for readers, search engines and partners. */
const PUBLIC_ROUTES = [
  'app/reports/[slug]/route.ts',
  'app/reports/[slug]/v/[version]/route.ts',
  'app/api/reports/route.ts',
  'app/api/reports/schema/route.ts',
  'app/api/reports/[slug]/route.ts',
  'app/api/reports/[slug]/markdown/route.ts',
  'app/api/reports/[slug]/csv/route.ts',
];

const routeFiles = filesUnder(APP, /^route\.ts$/).map(relative).filter((file) => !ROUTES_WITHOUT_PERMISSION.includes(file));

describe('server entry points', () => {
  test('there are server actions to check', () => {
    expect(serverActionFiles.length).toBeGreaterThan(0);
  });

  test.each(serverActionFiles.map(relative))('%s exports only actions built by defineAction', (file) => {
    const source = fs.readFileSync(file, 'utf8');
    expect(source).not.toMatch(/export\s+(async\s+)?function/);
    const exported = [...source.matchAll(/export const \w+ = (\w+)\(/g)].map((match) => match[1]);
    expect(exported.length).toBeGreaterThan(0);
    for (const builder of exported) expect(['defineAction', 'definePublicAction']).toContain(builder);
  });

  test('every route open to everyone exists', () => {
    for (const file of PUBLIC_ROUTES) expect(routeFiles).toContain(file);
  });

  test.each(routeFiles)('%s answers only through defineRoute (or definePublicRoute where it is listed as public)', (file) => {
    const source = fs.readFileSync(file, 'utf8');
    expect(source).not.toMatch(/export\s+(async\s+)?function/);
    const handlers = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = (\w+)\(/g)];
    expect(handlers.length).toBeGreaterThan(0);
    const allowed = PUBLIC_ROUTES.includes(file) ? 'definePublicRoute' : 'defineRoute';
    for (const [, , builder] of handlers) expect(builder).toBe(allowed);
  });
});
