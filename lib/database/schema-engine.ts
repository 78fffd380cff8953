import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlQuery, SqlResultSet } from '@prisma/driver-adapter-utils';
import type * as SchemaEngineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import { createThrowawayDatabase } from './throwaway-database';

// Prisma's CLI downloads a native schema engine, which cannot happen offline; its
// WebAssembly build does the same work (diff, apply) through a driver adapter.

export const SCHEMA_PATH = path.resolve(process.cwd(), 'prisma/schema.prisma');
export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'prisma/migrations');
const LOCKFILE_CONTENT = '# Managed by Factdesk (npm run db:migration:create)\nprovider = "postgresql"\n';

type SchemaEngine = SchemaEngineModule.SchemaEngine;
type MigrationList = SchemaEngineModule.MigrationList;

/** How the engine gets a scratch database to replay migrations in. */
export type ShadowStrategy = 'server' | 'embedded';

const CHAR_OID = 18;
// Any OID at or above PostgreSQL's first user OID passes the adapter's type check.
const PASS_THROUGH_OID = 16384;
const charColumnsByRows = new WeakMap<unknown[], number[]>();

// Reading a schema back selects PostgreSQL's internal "char" type (OID 18), which the pg
// adapter rejects; typing it as Text crashes PostgreSQL 18 (PGlite), so it must be
// Character. The client hides the OID from the adapter and remembers the columns.
function hideCharColumns(result: pg.QueryResult | undefined): void {
  if (!result?.fields) return;
  const charColumns: number[] = [];
  result.fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) {
      charColumns.push(index);
      field.dataTypeID = PASS_THROUGH_OID;
    }
  });
  if (charColumns.length > 0) charColumnsByRows.set(result.rows, charColumns);
}

type QueryCallback = (error: Error | null, result?: pg.QueryResult) => void;

// pg calls client.query both with a callback (pool.query) and without (transactions).
function interceptQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const intercepted = (...args: unknown[]): unknown => {
    const last = args.at(-1);
    if (typeof last === 'function') {
      const callback = last as QueryCallback;
      return query(...args.slice(0, -1), (error: Error | null, result?: pg.QueryResult) => {
        hideCharColumns(result);
        callback(error, result);
      });
    }
    const pending = query(...args);
    if (!(pending instanceof Promise)) return pending;
    return pending.then((result: pg.QueryResult) => {
      hideCharColumns(result);
      return result;
    });
  };
  Object.assign(client, { query: intercepted });
}

function migrationSafeAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    const result = await adapter.queryRaw(query);
    const charColumns = charColumnsByRows.get(result.rows);
    if (!charColumns) return result;
    const columnTypes = [...result.columnTypes];
    for (const index of charColumns) columnTypes[index] = ColumnTypeEnum.Character;
    return { ...result, columnTypes };
  };
  // The adapter splits scripts on every ";", which breaks function bodies; a query
  // without parameters uses PostgreSQL's simple protocol, which takes many statements.
  const executeScript = async (script: string): Promise<void> => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return new Proxy(adapter, {
    get(target, property) {
      if (property === 'queryRaw') return queryRaw;
      if (property === 'executeScript') return executeScript;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function adapterFactory(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('connect', interceptQueries);
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  return {
    provider: 'postgres' as const,
    adapterName: factory.adapterName,
    connect: async () => migrationSafeAdapter(await factory.connect()),
  };
}

async function loadEngineModule(): Promise<typeof SchemaEngineModule> {
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      process.stderr.write(`Prisma schema engine panicked: ${message}\n`);
    },
  };
  // The package's main entry imports a .wasm file, which Node 20 cannot load.
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(
    path.dirname(createRequire(__filename).resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
    'schema_engine_bg.wasm',
  );
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

export interface SchemaEngineSession {
  engine: SchemaEngine;
  migrationsList(): MigrationList;
  schemaTarget(): { tag: 'schemaDatamodel'; files: { path: string; content: string }[] };
  close(): Promise<void>;
}

export async function openSchemaEngine(url: string, shadowStrategy: ShadowStrategy): Promise<SchemaEngineSession> {
  const bg = await loadEngineModule();
  const schema = fs.readFileSync(SCHEMA_PATH, 'utf8');
  const shadows: Array<() => Promise<void>> = [];
  const main = adapterFactory(url);
  const factory = bindMigrationAwareSqlAdapterFactory({
    ...main,
    async connectToShadowDb() {
      const shadow = await createThrowawayDatabase('shadow', shadowStrategy === 'server' ? url : undefined);
      // The engine disposes the shadow's adapter itself; dropping ends what is left.
      shadows.push(shadow.drop);
      return adapterFactory(shadow.url).connect();
    },
  });
  const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, factory);
  return {
    engine,
    migrationsList: () => readMigrations(),
    schemaTarget: () => ({ tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] }),
    async close() {
      for (const dropShadow of shadows) await dropShadow();
    },
  };
}

export function readMigrations(): MigrationList {
  const directories = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockfilePath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lockfilePath) ? fs.readFileSync(lockfilePath, 'utf8') : LOCKFILE_CONTENT,
    },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

export function writeMigration(name: string, sql: string): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const directory = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, 'migration.sql'), sql);
  const lockfilePath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  if (!fs.existsSync(lockfilePath)) fs.writeFileSync(lockfilePath, LOCKFILE_CONTENT);
  return directory;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
