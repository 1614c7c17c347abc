import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** One JSON log line of the API or the web service (pino): the fields the bench reads. */
export interface LogLine {
  readonly msg?: string;
  readonly time?: string;
  readonly requestId?: string;
  readonly route?: string;
  readonly path?: string;
  readonly method?: string;
  readonly status?: number;
  readonly ms?: number;
}

/**
 * One of the built services (`dist/…/main.js`, as `npm start` runs it) as a child process with its own settings; its
 * JSON log lines go to `onLine`, anything else is kept for an error message.
 */
export class BuiltService {
  private child: ChildProcess | undefined;
  private readonly other: string[] = [];

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Record<string, string>,
    private readonly healthUrl: string,
    private readonly onLine: (line: LogLine) => void,
    /** Node options for the child, e.g. `--cpu-prof` (BENCH_CPU_PROFILE). */
    private readonly nodeOptions: readonly string[] = [],
  ) {}

  async start(timeoutMs = 180_000): Promise<void> {
    const child = spawn(process.execPath, [...this.nodeOptions, this.script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const read = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (text) => {
        if (text.startsWith('{')) {
          try {
            this.onLine(JSON.parse(text) as LogLine);
            return;
          } catch {
            // not JSON after all: kept below
          }
        }
        this.other.push(text);
        if (this.other.length > 200) this.other.shift();
      });
    if (child.stdout) read(child.stdout);
    if (child.stderr) read(child.stderr);
    const orphaned = () => child.kill('SIGKILL');
    process.once('exit', orphaned);
    child.on('exit', () => process.removeListener('exit', orphaned));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`${this.name} exited (${child.exitCode}) before it answered:\n${this.output()}`);
      try {
        if ((await fetch(this.healthUrl, { signal: AbortSignal.timeout(2000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${this.name} did not answer ${this.healthUrl} within ${timeoutMs} ms:\n${this.output()}`);
  }

  output(): string {
    return this.other.slice(-30).join('\n');
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
