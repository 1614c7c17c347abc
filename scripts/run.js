// `node scripts/run.js <command> [args…]`: runs a command on the project's Node (24; see scripts/project-node.js)
// after making sure it and the locked dependencies are installed. PATH finds Node 24 first and then
// node_modules/.bin, so `node`, `tsc`, `jest`, `ts-node` and `eslint` all run on Node 24 even when npm itself was
// started by an older Node. Signals are passed on; the exit code is the command's (128 + n when a signal ended it).
const { spawn } = require('node:child_process');
const { constants } = require('node:os');
const { ensureDeps } = require('./ensure-deps');
const { projectEnv } = require('./project-node');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node scripts/run.js <command> [args…]\n');
  process.exit(64);
}
const status = ensureDeps();
if (status !== 0) process.exit(status);

const child = spawn(command, args, { cwd: process.cwd(), stdio: 'inherit', env: projectEnv() });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  process.stderr.write(`[run] ${command}: ${error.message}\n`);
  process.exit(127);
});
child.on('exit', (code, signal) => process.exit(signal ? 128 + (constants.signals[signal] ?? 1) : (code ?? 1)));
