/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// Packages that ship ES modules only: Node requires them as they are, Jest's CommonJS needs them transformed.
const esmPackages = ['openid-client', 'oauth4webapi', 'jose', 'oidc-provider'];
const esmTransform = {
  [`/node_modules/(${esmPackages.join('|')})/.+\\.js$`]: '<rootDir>/apps/api/test/support/esm-to-cjs.cjs',
};
const transformIgnorePatterns = [`/node_modules/(?!(${esmPackages.join('|')})/)`];
// Transpile only (tsconfig has isolatedModules); `npm run typecheck` does the type checking once.
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }], ...esmTransform } as const;
// The web app is an ES module package (for Vite), so module node16 would emit ES modules for its files;
// unit and e2e tests run every file as CommonJS instead (the same output the API's files get anyway).
const unitTransform: Config['transform'] = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10' } }],
  ...esmTransform,
};
const ignored = ['/node_modules/', '/dist/', '/data/'];

const project = (displayName: string, testMatch: string[], extra: Partial<Config> = {}) => ({
  displayName,
  testMatch,
  transform,
  transformIgnorePatterns,
  testEnvironment: 'node',
  testPathIgnorePatterns: ignored,
  ...extra,
});

const config: Config = {
  // One PostgreSQL for the whole run (embedded, or DATABASE_URL); each test file gets its own database.
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  maxWorkers: 2,
  // Generous, because tests start real databases and browsers on a busy 2-core machine; a test
  // never asserts on speed (that is what npm run bench is for).
  testTimeout: 60_000,
  projects: [
    project('unit', ['<rootDir>/{apps,packages,bench}/**/*.test.ts'], {
      testPathIgnorePatterns: [...ignored, '\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$', '\\.fault\\.test\\.ts$'],
      transform: unitTransform,
    }),
    project('integration', ['<rootDir>/{apps,packages}/**/*.int.test.ts']),
    // The accessibility walk imports the web's route list, so e2e runs every file as CommonJS too.
    project('e2e', ['<rootDir>/e2e/**/*.e2e.test.ts'], { transform: unitTransform }),
    // Faults injected into a PostgreSQL and an API process of the test's own (see apps/api/test/fault).
    project('fault', ['<rootDir>/apps/**/*.fault.test.ts']),
  ],
};

export default config;
