import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync, WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

export type AppName = 'api' | 'worker';

/** One incarnation of a process (a restart starts a new one), with its memory samples. */
export interface Incarnation {
  readonly app: AppName;
  readonly pid: number;
  readonly startedAt: number;
  readyAt?: number;
  endedAt?: number;
  exit?: string;
  /** Killed or stopped by the bench (not a crash). */
  killedByBench?: boolean;
  readonly rssMiB: { at: number; mib: number }[];
}

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

/** Runs the compiled API or worker as its own process, as `npm run start:api|start:worker` does, and restarts it on demand. */
export class AppProcess {
  readonly incarnations: Incarnation[] = [];
  private child?: ChildProcess;
  private readonly logStream: WriteStream;

  constructor(
    readonly app: AppName,
    private readonly env: NodeJS.ProcessEnv,
    readonly healthUrl: string,
    logFile: string,
  ) {
    this.logStream = createWriteStream(logFile, { flags: 'a' });
  }

  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  get current(): Incarnation | undefined {
    return this.incarnations[this.incarnations.length - 1];
  }

  async start(timeoutMs = 90_000): Promise<number> {
    const child = spawn(process.execPath, [`dist/apps/${this.app}/src/main.js`], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const incarnation: Incarnation = { app: this.app, pid: child.pid ?? -1, startedAt: Date.now(), rssMiB: [] };
    this.incarnations.push(incarnation);
    this.logStream.write(`--- ${new Date().toISOString()} start pid ${child.pid}\n`);
    child.stdout?.pipe(this.logStream, { end: false });
    child.stderr?.pipe(this.logStream, { end: false });
    child.on('exit', (code, signal) => {
      incarnation.endedAt = Date.now();
      incarnation.exit = signal ?? String(code);
      this.logStream.write(`--- ${new Date().toISOString()} pid ${child.pid} exited ${signal ?? code}\n`);
    });
    await this.waitHealthy(timeoutMs);
    incarnation.readyAt = Date.now();
    return incarnation.readyAt - incarnation.startedAt;
  }

  async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child && (this.child.exitCode !== null || this.child.signalCode !== null)) {
        throw new Error(
          `${this.app} exited (${this.child.signalCode ?? this.child.exitCode}) before it was healthy; see its log`,
        );
      }
      try {
        const response = await fetch(this.healthUrl, { signal: AbortSignal.timeout(3000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`${this.app} not healthy at ${this.healthUrl} within ${timeoutMs} ms`);
  }

  /** SIGKILL, then wait for the exit. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (this.current) this.current.killedByBench = true;
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM (graceful), SIGKILL after the grace period. */
  async stop(graceMs = 15_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (this.current) this.current.killedByBench = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  sampleRss(): void {
    const pid = this.pid;
    const incarnation = this.current;
    if (!pid || !incarnation) return;
    const mib = rssMiB(pid);
    if (mib !== undefined) incarnation.rssMiB.push({ at: Date.now(), mib });
  }

  closeLog(): void {
    this.logStream.end();
  }
}

function rssMiB(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
