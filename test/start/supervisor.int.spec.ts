import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * `npm start`'s supervisor (scripts/supervisor.js) over small stand-in children: one that fails on its first run,
 * one that is killed by a signal on its first run; each then stays up like a service. No timings are asserted:
 * the test waits for what the supervisor logs.
 */
describe('npm start supervisor', () => {
  let dir: string;
  let supervisor: ChildProcess | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vcs-supervisor-'));
  });

  afterEach(() => {
    if (supervisor && supervisor.exitCode === null) supervisor.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** A child that misbehaves (`firstRun`) the first time it runs, then waits like a service until SIGTERM. */
  function child(name: string, firstRun: string): { name: string; script: string } {
    const marker = join(dir, `${name}.ran`);
    const script = join(dir, `${name}.js`);
    writeFileSync(
      script,
      `const fs = require('node:fs');
       if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); ${firstRun} }
       setInterval(() => undefined, 1000);
       process.on('SIGTERM', () => process.exit(0));`,
    );
    return { name, script };
  }

  function startSupervisor(children: { name: string; script: string }[]): {
    lines: () => Record<string, unknown>[];
    exited: Promise<number | null>;
  } {
    const text: string[] = [];
    supervisor = spawn(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(join(ROOT, 'scripts/supervisor.js'))}).supervise(${JSON.stringify(children)}).then((code) => process.exit(code))`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    supervisor.stderr?.on('data', (chunk: Buffer) => text.push(chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => supervisor?.on('exit', (code) => resolve(code)));
    const lines = () =>
      text
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    return { lines, exited };
  }

  async function until(check: () => boolean): Promise<void> {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  it('restarts a child that crashes, logging it, keeps the other running, and exits 0 when stopped', async () => {
    const run = startSupervisor([child('crashes-once', 'process.exit(3);'), child('steady', '')]);
    const started = (name: string) => run.lines().filter((l) => l.child === name && l.msg === 'child started').length;
    await until(() => started('crashes-once') >= 2);
    const crash = run.lines().find((l) => l.msg === 'child exited unexpectedly; restarting');
    expect(crash).toMatchObject({ level: 'error', child: 'crashes-once', code: 3, signal: null, restartInMs: 1000 });
    expect(run.lines().filter((l) => l.child === 'steady' && l.msg !== 'child started')).toEqual([]);

    supervisor?.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(
      run
        .lines()
        .filter((l) => l.msg === 'child stopped')
        .map((l) => l.child)
        .sort(),
    ).toEqual(['crashes-once', 'steady']);
  });

  it('gives a non-zero exit at the end when a child was killed by a signal, after restarting it', async () => {
    const run = startSupervisor([child('killed-once', "process.kill(process.pid, 'SIGKILL');")]);
    await until(() => run.lines().filter((l) => l.msg === 'child started').length >= 2);
    expect(run.lines().find((l) => l.msg === 'child exited unexpectedly; restarting')).toMatchObject({
      child: 'killed-once',
      signal: 'SIGKILL',
    });

    supervisor?.kill('SIGTERM');
    expect(await run.exited).toBe(1);
    expect(run.lines().at(-1)).toMatchObject({ level: 'error', killed: ['killed-once by SIGKILL'] });
  });

  it('stops everything with 78 when a child refuses its configuration', async () => {
    const run = startSupervisor([child('misconfigured', 'process.exit(78);'), child('steady', '')]);
    expect(await run.exited).toBe(78);
    expect(run.lines().find((l) => l.msg === 'child refused its configuration; stopping everything')).toMatchObject({
      child: 'misconfigured',
    });
  });
});
