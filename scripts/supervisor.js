// Runs long-lived child processes and keeps them running, for `npm start` (scripts/start.js): a child that exits is
// logged and restarted with backoff (1 s doubling to 30 s; back to 1 s once it has run a minute), never a reason to
// stop the others. SIGINT or SIGTERM to this process stops every child (SIGTERM, SIGKILL after 15 s); a child that
// the terminal's Ctrl-C reached first counts as stopped, not crashed. `supervise` resolves to the exit code: 0, or
// 1 if any child was killed by a signal while running (an OOM kill, say), or 78 at once if a child says its
// configuration is wrong (restarting cannot fix that). Supervision events are JSON lines like the services' logs.
const { spawn } = require('node:child_process');

const BACKOFF_INITIAL_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
const STOP_GRACE_MS = 15_000;
const CONFIGURATION_ERROR = 78;

function log(level, fields, msg) {
  process.stderr.write(
    `${JSON.stringify({ level, time: new Date().toISOString(), service: 'supervisor', ...fields, msg })}\n`,
  );
}

/** One supervised child: started, restarted with backoff when it exits, stopped on request. */
class Supervised {
  constructor(spec, cwd, onStopAll) {
    this.spec = spec;
    this.cwd = cwd;
    this.onStopAll = onStopAll;
    this.child = undefined;
    this.backoffMs = BACKOFF_INITIAL_MS;
    this.restartTimer = undefined;
    this.stopping = false;
    this.killedBySignal = [];
  }

  start() {
    const startedAt = Date.now();
    const child = spawn(process.execPath, [this.spec.script], {
      cwd: this.cwd,
      stdio: 'inherit',
      env: { ...process.env, ...this.spec.env },
    });
    this.child = child;
    log('info', { child: this.spec.name, pid: child.pid }, 'child started');
    child.on('exit', (code, signal) => {
      this.child = undefined;
      if (this.stopping) {
        log('info', { child: this.spec.name, code, signal }, 'child stopped');
        this.resolveStopped?.();
        return;
      }
      if (signal === 'SIGINT') {
        // Ctrl-C reaches the whole process group: the child got it before this process did. A stop, not a crash.
        log('info', { child: this.spec.name, signal }, 'child stopped by the terminal');
        this.onStopAll();
        return;
      }
      if (signal) this.killedBySignal.push(signal);
      if (code === CONFIGURATION_ERROR) {
        log('error', { child: this.spec.name, code }, 'child refused its configuration; stopping everything');
        this.onStopAll(CONFIGURATION_ERROR);
        return;
      }
      if (Date.now() - startedAt >= STABLE_AFTER_MS) this.backoffMs = BACKOFF_INITIAL_MS;
      const delay = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, BACKOFF_MAX_MS);
      log(
        'error',
        { child: this.spec.name, code, signal, restartInMs: delay },
        'child exited unexpectedly; restarting',
      );
      this.restartTimer = setTimeout(() => this.start(), delay);
    });
  }

  stop() {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      this.resolveStopped = () => {
        clearTimeout(force);
        resolve();
      };
      child.kill('SIGTERM');
    });
  }
}

/** Starts every child and supervises them until this process is told to stop; resolves to the exit code. */
async function supervise(children, { cwd = process.cwd() } = {}) {
  let finishing;
  const finished = new Promise((resolve) => (finishing = resolve));
  let fatalCode;
  let stopRequested = false;
  const supervised = children.map((spec) => new Supervised(spec, cwd, (code) => void stopAll(code)));
  async function stopAll(code) {
    if (stopRequested) return;
    stopRequested = true;
    fatalCode = code;
    await Promise.all(supervised.map((s) => s.stop()));
    finishing();
  }
  const onSignal = () => void stopAll();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  supervised.forEach((s) => s.start());
  await finished;
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);

  if (fatalCode !== undefined) return fatalCode;
  const killed = supervised.flatMap((s) => s.killedBySignal.map((signal) => `${s.spec.name} by ${signal}`));
  if (killed.length > 0) {
    log('error', { killed }, 'stopped; a child was killed by a signal while running');
    return 1;
  }
  log('info', {}, 'stopped');
  return 0;
}

module.exports = { supervise };
