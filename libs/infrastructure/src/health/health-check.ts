/** One dependency the process needs to serve traffic. */
export interface HealthCheck {
  readonly name: string;
  /**
   * A failure makes the process `degraded` (it still serves; HTTP 200) rather than `unavailable` (503): e.g. a
   * consumer with parked work, which an operator must see but which must not take the API out of service.
   */
  readonly degradesOnly?: boolean;
  check(): Promise<void>;
}

export type HealthStatus = 'ok' | 'degraded' | 'unavailable';

export interface HealthReport {
  readonly status: HealthStatus;
  readonly checks: Record<string, { status: HealthStatus; error?: string; ms: number }>;
}

const CHECK_TIMEOUT_MS = 2000;

/** Runs every check at once, each bounded by a timeout; ready when all pass, degraded when only degrading ones fail. */
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
        return [
          check.name,
          {
            status: check.degradesOnly ? ('degraded' as const) : ('unavailable' as const),
            error: reason,
            ms: Date.now() - started,
          },
        ] as const;
      }
    }),
  );
  const statuses = results.map(([, result]) => result.status);
  const status: HealthStatus = statuses.includes('unavailable')
    ? 'unavailable'
    : statuses.includes('degraded')
      ? 'degraded'
      : 'ok';
  return { status, checks: Object.fromEntries(results) };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
