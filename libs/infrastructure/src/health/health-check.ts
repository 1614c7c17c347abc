/** One dependency the process needs to serve traffic. */
export interface HealthCheck {
  readonly name: string;
  check(): Promise<void>;
}

export interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly checks: Record<string, { status: 'ok' | 'unavailable'; error?: string; ms: number }>;
}

const CHECK_TIMEOUT_MS = 2000;

/** Runs every check at once, each bounded by a timeout; the process is ready only when all pass. */
export async function runHealthChecks(checks: readonly HealthCheck[]): Promise<HealthReport> {
  const results = await Promise.all(
    checks.map(async (check) => {
      const started = Date.now();
      try {
        await withTimeout(check.check(), CHECK_TIMEOUT_MS);
        return [check.name, { status: 'ok' as const, ms: Date.now() - started }] as const;
      } catch (error) {
        // The reason is an infrastructure message (connection refused, timeout); it never carries case data.
        const reason = error instanceof Error ? error.message : String(error);
        return [check.name, { status: 'unavailable' as const, error: reason, ms: Date.now() - started }] as const;
      }
    }),
  );
  const status = results.every(([, result]) => result.status === 'ok') ? 'ok' : 'unavailable';
  return { status, checks: Object.fromEntries(results) };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
