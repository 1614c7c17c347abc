import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The domain is pure: no framework, no I/O, nothing of ours.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            'pg',
            'bullmq',
            'ioredis',
            '@eventstore/*',
            '@kurrent/*',
            '@vcs/*',
            'node:fs',
            'fs',
            'node:net',
            'node:http',
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.js', 'jest.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The web service's one browser script (progressive enhancement), an ES module.
    files: ['apps/web/assets/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { document: 'readonly', setTimeout: 'readonly' } },
  },
  {
    files: ['**/*.spec.ts', 'bench/**/*.ts', 'test/**/*.ts', '**/testing/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  // Layout is Prettier's (.prettierrc.json, checked by `npm run format:check` in CI); no lint rule argues with it.
  prettier,
);
