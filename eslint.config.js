import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The pure core: src/plan, src/analysis, src/policy, src/parse, src/discovery and src/render (and the shared
 * constants and errors) take everything as arguments. No file system, network, processes or
 * environment, no @actions/*, no clock, and nothing from the action shell (src/action).
 */
const PURE = [
  'src/plan/**/*.ts',
  'src/analysis/**/*.ts',
  'src/policy/**/*.ts',
  'src/parse/**/*.ts',
  'src/discovery/**/*.ts',
  'src/render/**/*.ts',
  'src/constants.ts',
  'src/errors.ts'
]
const PURE_MESSAGE = 'The core is pure: do I/O in src/action and pass the result in.'
const IO_MODULES = [
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'net',
  'os',
  'readline',
  'tls',
  'v8',
  'worker_threads'
].flatMap(name => [name, `node:${name}`])
/** Outside src/render, renderers are reached through src/render/index.ts only. */
const RENDER_INTERNALS = {
  regex: '(^|/)render/(?!index\\.js$)',
  message: 'Import renderers from src/render/index.js, the one entry into the renderers.'
}

/**
 * The log funnel (src/action/log.ts) is the action's only way to stdout and stderr: everything else
 * logs through it, so no foreign line reaches the runner undefused (see the file).
 */
const FUNNEL_MESSAGE = 'Log through src/action/log.ts (the log funnel), which defuses workflow commands.'
const CORE_LOGGING = [
  'info',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'startGroup',
  'endGroup',
  'setFailed'
]
const funnelRules = {
  'no-restricted-properties': [
    'error',
    ...CORE_LOGGING.map(property => ({ object: 'core', property, message: FUNNEL_MESSAGE })),
    { object: 'process', property: 'stdout', message: FUNNEL_MESSAGE },
    { object: 'process', property: 'stderr', message: FUNNEL_MESSAGE }
  ],
  'no-restricted-globals': ['error', { name: 'console', message: FUNNEL_MESSAGE }],
  'no-restricted-syntax': [
    'error',
    {
      selector: `ImportDeclaration[source.value='@actions/core'] > ImportSpecifier[imported.name=/^(${CORE_LOGGING.join('|')})$/]`,
      message: FUNNEL_MESSAGE
    }
  ]
}

/** no-restricted-imports for pure folders (`render`: the file is inside src/render itself). */
function pureImports(render) {
  return [
    'error',
    {
      paths: IO_MODULES.map(name => ({ name, message: PURE_MESSAGE })),
      patterns: [
        { regex: '^@actions/', message: PURE_MESSAGE },
        { regex: '(^|/)action/', message: 'The core never imports the action shell (src/action).' },
        ...(render ? [] : [RENDER_INTERNALS])
      ]
    }
  ]
}

const pureRules = {
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'The core is pure: inputs, environment and paths come in as arguments.' },
    { name: 'fetch', message: PURE_MESSAGE },
    { name: 'setTimeout', message: PURE_MESSAGE },
    { name: 'setInterval', message: PURE_MESSAGE },
    { name: 'performance', message: 'No clock in the core: time comes in as an argument.' }
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'No clock in the core: time comes in as an argument.' },
    { object: 'Math', property: 'random', message: 'The core is deterministic.' }
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'No clock in the core: time comes in as an argument.'
    }
  ]
}

export default tseslint.config(
  {
    ignores: ['dist/**', '.test-dist/**', 'build/**', 'node_modules/**', 'bench/out/**', '__fixtures__/**']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/render/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [RENDER_INTERNALS] }] }
  },
  { files: ['src/action/**/*.ts', 'src/index.ts'], ignores: ['src/action/log.ts'], rules: funnelRules },
  {
    files: PURE,
    ignores: ['src/render/**'],
    rules: { ...pureRules, 'no-restricted-imports': pureImports(false) }
  },
  { files: ['src/render/**/*.ts'], rules: { ...pureRules, 'no-restricted-imports': pureImports(true) } }
)
