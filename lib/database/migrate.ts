import { NO_FILTERS, openSchemaEngine, type ShadowStrategy } from './schema-engine';

/** Applies pending migrations, recording them in _prisma_migrations as `prisma migrate deploy` does. */
export async function applyMigrations(url: string, kind: ShadowStrategy): Promise<string[]> {
  const session = await openSchemaEngine(url, kind);
  try {
    const { appliedMigrationNames } = await session.engine.applyMigrations({
      migrationsList: session.migrationsList(),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } finally {
    await session.close();
  }
}

/** SQL that would bring the migrations up to schema.prisma; exitCode 2 when they differ. */
export async function diffMigrationsToSchema(url: string, kind: ShadowStrategy) {
  const session = await openSchemaEngine(url, kind);
  try {
    const { exitCode, stdout } = await session.engine.diff({
      from: { tag: 'migrations', ...session.migrationsList() },
      to: session.schemaTarget(),
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return { exitCode, sql: stdout ?? '' };
  } finally {
    await session.close();
  }
}
