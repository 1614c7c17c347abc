import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector';

/**
 * A V8 CPU profile of this process over part of the run (BENCH_CPU_PROFILE=<file.cpuprofile>), for finding where the
 * delivery's own CPU goes. Open the file in Chrome DevTools, or see `topSelfTime` for a text summary.
 */
export class CpuProfile {
  private session: Session | undefined;

  constructor(private readonly file: string | undefined) {}

  async start(): Promise<void> {
    if (!this.file) return;
    this.session = new Session();
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.start');
  }

  /** Stops, writes the profile, and answers the functions with the most self time (share of samples). */
  async stop(): Promise<string[]> {
    if (!this.session || !this.file) return [];
    const { profile } = (await this.post('Profiler.stop')) as { profile: Profile };
    this.session.disconnect();
    this.session = undefined;
    await writeFile(this.file, JSON.stringify(profile));
    return topSelfTime(profile, 25);
  }

  private post(method: string): Promise<unknown> {
    return new Promise((resolve, reject) =>
      (this.session as Session).post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  }
}

interface Profile {
  readonly nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  readonly samples: number[];
}

export function topSelfTime(profile: Profile, count: number): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byNode.get(id)?.callFrame;
    const where = frame
      ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/work\/main\//, '')}:${frame.lineNumber + 1}`
      : '?';
    totals.set(where, (totals.get(where) ?? 0) + 1);
  }
  const all = profile.samples.length || 1;
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, n]) => `${((n * 100) / all).toFixed(1)} % ${where}`);
}
