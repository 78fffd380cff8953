const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testEnvironment: 'node',
};

/**
 * `npm test` (scripts/test.ts) prepares the databases and the built app, then runs all
 * three projects; `npm run test:unit` runs the first alone, with no database.
 */
/** @type {import('jest').Config} */
export default {
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.cjs'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      // The catalog test formats every message with next-intl's own formatter, published as ES modules only.
      transformIgnorePatterns: ['/node_modules/(?!(use-intl|intl-messageformat|icu-minify|@formatjs|@schummar)/)'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/support/integration-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/integration-schema.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/e2e-timeout.ts'],
    },
  ],
};
