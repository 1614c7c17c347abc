import { ConsumerStatus, ConsumerStatusReader } from '../consumers/consumer-status';
import { HealthCheck, HealthReport, HealthStatus, runHealthChecks } from './health-check';

/** HMPPS health statuses. DEGRADED: still serving (200), but an operator must look (parked work, a stalled consumer). */
export type ComponentStatus = 'UP' | 'DEGRADED' | 'DOWN';

export function componentStatus(status: HealthStatus): ComponentStatus {
  return status === 'ok' ? 'UP' : status === 'degraded' ? 'DEGRADED' : 'DOWN';
}

/** The names HMPPS services give their components, for our checks. */
const COMPONENT_NAMES: Record<string, string> = { postgres: 'database', redis: 'redis', eventStore: 'eventStore' };

export function componentName(check: string): string {
  return COMPONENT_NAMES[check] ?? check;
}

/** Where the detailed report is served on each process's operations port (METRICS_PORT), never its public port. */
export const HEALTH_DETAILS_PATH = '/health/details';

export interface HealthDetailsReport {
  readonly status: ComponentStatus;
  readonly components: Record<string, { status: ComponentStatus; details: Record<string, unknown> }>;
}

/**
 * The health an operator reads, with what the public routes leave out: each component's time and error, and each
 * consumer's figures (position, lag in events and seconds, parked work, stalled, whether a process holds its lease).
 * Never on a public route: the API serves it to ADMINs (`GET /operations/health`) and every process on its operations
 * port at /health/details. Names, counts, positions and infrastructure errors only: nothing from a case.
 */
export class HealthDetails {
  constructor(
    private readonly checks: readonly HealthCheck[],
    private readonly consumers: ConsumerStatusReader,
  ) {}

  async report(): Promise<HealthDetailsReport> {
    const [report, consumers] = await Promise.all([runHealthChecks(this.checks), this.consumerFigures()]);
    // `consumerHealth` judges (parked, stalled: DEGRADED); `consumers` shows each consumer's figures.
    return { status: componentStatus(report.status), components: { ...detailed(report), consumers } };
  }

  /** Consumer figures, shown: the judging (parked, stalled → DEGRADED, never DOWN) is the `consumerHealth` check. */
  private async consumerFigures(): Promise<{
    status: ComponentStatus;
    details: Record<string, Omit<ConsumerStatus, 'name'>> | { error: string };
  }> {
    try {
      const figures = await this.consumers.statuses();
      return { status: 'UP', details: Object.fromEntries(figures.map(({ name, ...rest }) => [name, rest])) };
    } catch (error) {
      return { status: 'DOWN', details: { error: error instanceof Error ? error.message : String(error) } };
    }
  }
}

function detailed(report: HealthReport): HealthDetailsReport['components'] {
  return Object.fromEntries(
    Object.entries(report.checks).map(([name, check]) => [
      componentName(name),
      {
        status: componentStatus(check.status),
        details: check.error ? { ms: check.ms, error: check.error } : { ms: check.ms },
      },
    ]),
  );
}
