import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/** A free TCP port on loopback (listen on 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real worker (apps/worker/src/main.ts, as `npm run start:worker` runs it) as a child process of the test, on the
 * environment the test gives it: started, killed with SIGKILL and started again. Its sources run transpile-only with
 * an on-disk cache (register-typescript.cjs), so a restart costs what a compiled start does. Every line it writes is
 * kept (`output`), for checks that no personal data reached its log.
 */
export class WorkerProcess {
  readonly output: string[] = [];
  readonly exits: string[] = [];
  private child: ChildProcess | undefined;

  constructor(
    private readonly env: Record<string, string>,
    readonly port: number,
  ) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    if (this.running) throw new Error('the worker is already running');
    const child = spawn(
      process.execPath,
      [
        '-r',
        './test/support/worker-process/register-typescript.cjs',
        '-r',
        './test/support/worker-process/clock-ahead.cjs',
        'apps/worker/src/main.ts',
      ],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', ...this.env, WORKER_PORT: String(this.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    const keep = (chunk: Buffer) => this.output.push(chunk.toString('utf8'));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // A test run that ends without afterAll (jest killed, a crash) must not leave a worker behind.
    const orphaned = () => child.kill('SIGKILL');
    process.once('exit', orphaned);
    child.on('exit', (code, signal) => {
      process.removeListener('exit', orphaned);
      this.exits.push(signal ?? String(code));
    });
    await this.waitHealthy(child, timeoutMs);
  }

  /** SIGKILL: no shutdown hook runs, in-flight jobs are left as they were. Resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM (the worker closes gracefully), SIGKILL if it has not gone within the grace period. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /**
   * CPU time the running worker has used, in clock ticks (Linux /proc; elsewhere, or with no worker running, a constant):
   * a sign of progress for waits that should last while it works and fail when it is stuck.
   */
  cpuTicks(): number {
    const pid = this.child?.pid;
    if (pid === undefined || !this.running) return -1;
    try {
      // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is 14th, stime 15th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return -1;
    }
  }

  private async waitHealthy(child: ChildProcess, timeoutMs: number): Promise<void> {
    // The limit counts time without progress: while the process is using CPU (transpiling, migrating, catching up)
    // it is starting, however slowly a busy machine lets it; only `timeoutMs` with no CPU used is a failure.
    let deadline = Date.now() + timeoutMs;
    let cpu = this.cpuTicks();
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `the worker exited (${child.signalCode ?? child.exitCode}) before it was healthy:\n${this.output.join('').slice(-2000)}`,
        );
      }
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/health/readiness`, {
          signal: AbortSignal.timeout(2000),
        });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      const now = this.cpuTicks();
      if (now !== cpu) [cpu, deadline] = [now, Date.now() + timeoutMs];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `the worker was not healthy and used no CPU for ${timeoutMs} ms:\n${this.output.join('').slice(-2000)}`,
    );
  }
}
