// `npm run build`: compiles apps/ and libs/ into dist/ (tsc -p tsconfig.build.json), then rewrites every @vcs/*
// path alias in the emitted JavaScript into a plain relative require, so dist/ runs with `node dist/apps/api/src/main.js`
// and nothing else: no tsconfig-paths, no tsconfig.json, no dev dependency at run time (the production image prunes
// them). Prints what it is doing, since the first build takes a while. Uses only Node's built-ins and the compiler.
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
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

function* javascriptFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* javascriptFiles(full);
    else if (entry.name.endsWith('.js')) yield full;
  }
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

function main() {
  const started = Date.now();
  const say = (line) => process.stderr.write(`[build] ${line}\n`);
  say('compiling apps/ and libs/ into dist/ (tsc; about 30–45 s the first time)');
  rmSync(dist, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) return tsc.status ?? 1;
  const table = aliases();
  let files = 0;
  let rewritten = 0;
  for (const file of javascriptFiles(dist)) {
    files++;
    const text = readFileSync(file, 'utf8');
    const next = rewriteAliases(text, file, table);
    if (next !== text) {
      writeFileSync(file, next);
      rewritten++;
    }
  }
  writeFileSync(path.join(dist, 'build-info.json'), `${JSON.stringify(buildInfo(), null, 2)}\n`);
  say(`compiled ${files} files, path aliases rewritten in ${rewritten}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (require.main === module) process.exitCode = main();

module.exports = { rewriteAliases };
