/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, __dirname */
// Preload for a service process started by a test (`node -r test/support/worker-process/register-typescript.cjs
// apps/worker/src/main.ts`): runs the TypeScript sources transpile-only, as `ts-node --transpile-only` does, but keeps
// each file's output on disk by content, so a killed and restarted process starts as fast as the compiled one.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const ts = require('typescript');
const tsConfigPaths = require('tsconfig-paths');

const ROOT = join(__dirname, '../../..');
const { compilerOptions } = require(join(ROOT, 'tsconfig.json'));
const options = {
  ...ts.convertCompilerOptionsFromJson(compilerOptions, ROOT).options,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: false,
  declaration: false,
  isolatedModules: true,
};
const CACHE = join(tmpdir(), `vcs-test-transpiled-${process.getuid?.() ?? 'user'}`);
const salt = `${ts.version}\n${JSON.stringify(options)}\n`;
mkdirSync(CACHE, { recursive: true });

tsConfigPaths.register({ baseUrl: ROOT, paths: compilerOptions.paths });

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = readFileSync(filename, 'utf8');
  const cached = join(
    CACHE,
    `${createHash('sha256').update(salt).update(filename).update('\n').update(source).digest('hex')}.js`,
  );
  let output;
  try {
    output = readFileSync(cached, 'utf8');
  } catch {
    output = ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
    const partial = `${cached}.${process.pid}`;
    writeFileSync(partial, output);
    renameSync(partial, cached); // atomic: a process killed while writing leaves no half file behind
  }
  module._compile(output, filename);
};
