import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

import tenfold from './eslint-rules/no-process-local-state.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-bench/**',
      'node_modules/**',
      '.stack/**',
      'coverage/**',
      'test/fixtures/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Module code writes through UnitOfWork.run, which records the commit's WAL position for the
    // actor's read-your-writes; a transaction of its own would skip that (docs/READ-REPLICAS.md).
    // test/architecture/unit-of-work-rule.spec.ts proves the rule bites.
    files: ['src/modules/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(transaction|createQueryRunner)$/]",
          message:
            'Modules write through UnitOfWork.run(actorId, manager => …), so that the actor reads their own writes (docs/READ-REPLICAS.md).',
        },
      ],
    },
  },
  {
    // Instances are stateless: no module-level stores, mutable statics, provider Map/Set caches or
    // local-disk writes unless marked `// stateless-ok: <reason>` (rule doc at the top of
    // eslint-rules/no-process-local-state.mjs; test/architecture/no-process-local-state-rule.spec.ts).
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts'],
    plugins: { tenfold },
    rules: { 'tenfold/no-process-local-state': ['error', { moduleDirs: ['src/modules/'] }] },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
