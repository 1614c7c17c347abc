// `npm run build`: transpiles apps/ and libs/ into dist/ with swc (.swcrc: legacy decorators with their metadata, as
// Nest needs, CommonJS, ES2022), rewriting every @vcs/* path alias into a plain relative require, so dist/ runs with
// `node dist/apps/api/src/main.js` and nothing else: no tsconfig-paths, no tsconfig.json, no dev dependency at run
// time (the production image has none). Types are checked by `npm run typecheck`, not here.
const { spawnSync } = require('node:child_process');
const { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');

/** The aliases of tsconfig.json, longest first so '@vcs/event-store/testing' wins over '@vcs/event-store'. */
function aliases() {
  const text = readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
  const { compilerOptions } = JSON.parse(text);
  return Object.entries(compilerOptions.paths)
    .map(([alias, [target]]) => ({ alias, target: path.join(dist, target) }))
    .sort((a, b) => b.alias.length - a.alias.length);
}

/** Rewrites require("@vcs/x") in one file's text; returns the new text (unchanged when it has no alias). */
function rewriteAliases(text, file, table) {
  return text.replace(/require\((["'])(@vcs\/[^"']+)\1\)/g, (whole, quote, specifier) => {
    const match = table.find(({ alias }) => specifier === alias);
    if (!match) throw new Error(`${path.relative(root, file)}: no path alias for ${specifier} in tsconfig.json`);
    let relative = path.relative(path.dirname(file), match.target).split(path.sep).join('/');
    if (!relative.startsWith('.')) relative = `./${relative}`;
    return `require(${quote}${relative}${quote})`;
  });
}

/** What /info reports: package name and version, the commit built (GIT_COMMIT, else git's answer) and when. */
function buildInfo() {
  const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  let gitCommit = process.env.GIT_COMMIT;
  if (!gitCommit) {
    const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
    gitCommit = git.status === 0 ? git.stdout.trim() : 'unknown';
  }
  return { name, version, gitCommit, buildTime: new Date().toISOString() };
}

/** The TypeScript files of apps/ and libs/ that tsconfig.build.json compiles (no specs, no contract suites). */
function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (
      (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !/\.(spec|contract)\.ts$/.test(entry.name)) ||
      entry.name.endsWith('.json') ||
      /\.(njk|css)$/.test(entry.name) ||
      (entry.name.endsWith('.js') && full.includes(`${path.sep}assets${path.sep}`))
    )
      yield full;
  }
}

/**
 * Transpiles with swc (a fraction of a second for the whole tree, against about 45 s for tsc): types are checked by
 * `npm run typecheck` (tsc --noEmit, in .ci/run), not by the build. Same output layout as tsc's: dist/apps, dist/libs.
 */
function main() {
  const started = Date.now();
  const say = (line) => process.stderr.write(`[build] ${line}\n`);
  say('transpiling apps/ and libs/ into dist/ (swc)');
  const swc = require('@swc/core');
  const options = JSON.parse(readFileSync(path.join(root, '.swcrc'), 'utf8'));
  rmSync(dist, { recursive: true, force: true });
  const table = aliases();
  let files = 0;
  let rewritten = 0;
  for (const dir of ['apps', 'libs']) {
    for (const source of sourceFiles(path.join(root, dir))) {
      if (!source.endsWith('.ts')) {
        // Data the code imports (resolveJsonModule), e.g. the bank holiday list, copied as tsc would; and the web
        // service's Nunjucks templates and its own browser assets (apps/web/assets), which it reads beside its code.
        mkdirSync(path.dirname(path.join(dist, path.relative(root, source))), { recursive: true });
        copyFileSync(source, path.join(dist, path.relative(root, source)));
        continue;
      }
      const target = path.join(dist, path.relative(root, source)).replace(/\.ts$/, '.js');
      const output = swc.transformFileSync(source, {
        ...options,
        swcrc: false,
        filename: source,
        sourceFileName: path.relative(path.dirname(target), source),
      });
      const code = rewriteAliases(output.code, target, table);
      if (code !== output.code) rewritten++;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
      if (output.map) writeFileSync(`${target}.map`, output.map);
      files++;
    }
  }
  writeFileSync(path.join(dist, 'build-info.json'), `${JSON.stringify(buildInfo(), null, 2)}\n`);
  say(
    `transpiled ${files} files, path aliases rewritten in ${rewritten}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main();

module.exports = { rewriteAliases };
