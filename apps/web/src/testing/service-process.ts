import { ChildProcess, spawn } from 'node:child_process';
import { projectRoot } from '@vcs/config';

/**
 * One of our apps (its TypeScript main, transpiled on the fly as the worker tests do) as a child process of the test,
 * up once `healthUrl` answers. The web service and the identity provider load ES-module packages (openid-client,
 * oidc-provider) that only a real Node process can, so they run outside jest's module system.
 */
export class ServiceProcess {
  readonly output: string[] = [];
  private child: ChildProcess | undefined;

  constructor(
    private readonly main: string,
    private readonly env: Record<string, string>,
    private readonly healthUrl: string,
  ) {}

  async start(timeoutMs = 90_000): Promise<void> {
    const child = spawn(process.execPath, ['-r', './test/support/worker-process/register-typescript.cjs', this.main], {
      cwd: projectRoot(),
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => this.output.push(chunk.toString('utf8'));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const orphaned = () => child.kill('SIGKILL');
    process.once('exit', orphaned);
    child.on('exit', () => process.removeListener('exit', orphaned));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(
          `${this.main} exited (${child.exitCode}) before it answered:\n${this.output.join('').slice(-2000)}`,
        );
      try {
        if ((await fetch(this.healthUrl, { signal: AbortSignal.timeout(2000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.main} did not answer within ${timeoutMs} ms:\n${this.output.join('').slice(-2000)}`);
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
