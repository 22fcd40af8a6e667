/** Jest in ESM mode: ts-jest's default-esm preset, run with --experimental-vm-modules. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  // Bundles the current sources into .test-dist/ for the end-to-end tests (see the file).
  globalSetup: '<rootDir>/__tests__/helpers/bundle-setup.mjs',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: {
    // @actions/workflow-parser's schema imports (JSON without an import attribute): see parser-schemas/.
    '^\\.\\./(workflow|action)-v1\\.0\\.min\\.json$':
      '<rootDir>/__tests__/workflows/runner/parser-schemas/$1-schema.mjs',
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.check.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  testTimeout: 60000,
  maxWorkers: 2
}
