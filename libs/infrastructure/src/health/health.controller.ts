import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '@vcs/security';
import { BuildInfo } from './build-info';
import { ConsumerStatus, ConsumerStatusReader } from '../consumers/consumer-status';
import { HealthCheck, HealthReport, runHealthChecks } from './health-check';
import { HealthDocs } from './health.openapi';

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');
export const BUILD_INFO = Symbol('BUILD_INFO');

/** DEGRADED: still serving (200), but an operator must look (e.g. a consumer has parked work or has stalled). */
type Status = 'UP' | 'DEGRADED' | 'DOWN';

function statusOf(status: HealthReport['status']): Status {
  return status === 'ok' ? 'UP' : status === 'degraded' ? 'DEGRADED' : 'DOWN';
}

/** The names HMPPS services give their components, for our checks. */
const COMPONENT_NAMES: Record<string, string> = { postgres: 'database', redis: 'redis', eventStore: 'eventStore' };

function components(report: HealthReport): Record<string, { status: Status; details: Record<string, unknown> }> {
  return Object.fromEntries(
    Object.entries(report.checks).map(([name, check]) => [
      COMPONENT_NAMES[name] ?? name,
      {
        status: statusOf(check.status),
        details: check.error ? { ms: check.ms, error: check.error } : { ms: check.ms },
      },
    ]),
  );
}

/**
 * Health as HMPPS services expose it, unauthenticated and, but for /info, outside the rate limits (an orchestrator
 * polls them):
 * - `/health`: every component (database, Redis, event store) and each consumer's lag and parked work; 503 when a
 *   dependency is down;
 * - `/health/ping` and `/health/liveness`: the process answers;
 * - `/health/readiness`: the process can serve (database, Redis and event store answer), else 503; `DEGRADED` (still
 *   200) while a consumer has parked work or has stalled with events waiting (the `consumerHealth` component says which);
 * - `/info`: version, git commit, build time and the projections being applied now.
 * `/health/live` and `/health/ready` are the earlier names of liveness and readiness and still answer as they did.
 * Nothing here carries case data: names, counts, positions and infrastructure errors only.
 */
@Public()
@Controller()
export class HealthController {
  constructor(
    @Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[],
    private readonly consumerStatus: ConsumerStatusReader,
    @Inject(BUILD_INFO) private readonly build: BuildInfo,
  ) {}

  @SkipThrottle()
  @Get('health/ping')
  @HttpCode(200)
  @HealthDocs.up('Ping: the process answers')
  ping(): { status: Status } {
    return { status: 'UP' };
  }

  @SkipThrottle()
  @Get('health/liveness')
  @HttpCode(200)
  @HealthDocs.up('Liveness: the process answers')
  liveness(): { status: Status } {
    return { status: 'UP' };
  }

  @SkipThrottle()
  @Get('health/readiness')
  @HealthDocs.components('Readiness: database, Redis and the event store answer (503 otherwise)')
  async readiness(@Res({ passthrough: true }) response: Response) {
    const report = await runHealthChecks(this.checks);
    const status = statusOf(report.status);
    response.status(status === 'DOWN' ? 503 : 200);
    return { status, components: components(report) };
  }

  @SkipThrottle()
  @Get('health')
  @HealthDocs.components("Every component and each consumer's lag and parked work (503 when a dependency is down)")
  async health(@Res({ passthrough: true }) response: Response) {
    const [report, consumers] = await Promise.all([runHealthChecks(this.checks), this.consumers()]);
    const status = statusOf(report.status);
    response.status(status === 'DOWN' ? 503 : 200);
    // `consumerHealth` judges (parked, stalled: DEGRADED); `consumers` shows each consumer's lag and parked work.
    return { status, components: { ...components(report), consumers } };
  }

  @Get('info')
  @HealthDocs.info()
  async info() {
    const consumers = await this.consumerStatus.statuses().catch(() => undefined);
    return {
      build: {
        name: this.build.name,
        version: this.build.version,
        gitCommit: this.build.gitCommit,
        buildTime: this.build.buildTime,
      },
      activeProjections: consumers
        ? consumers.filter((consumer) => consumer.active).map((consumer) => consumer.name)
        : null,
    };
  }

  /** The earlier liveness route. */
  @SkipThrottle()
  @Get('health/live')
  @HttpCode(200)
  @HealthDocs.earlierLive()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The earlier readiness route, in its earlier shape. */
  @SkipThrottle()
  @Get('health/ready')
  @HealthDocs.earlierReady()
  async ready(@Res({ passthrough: true }) response: Response) {
    const report = await runHealthChecks(this.checks);
    response.status(report.status === 'unavailable' ? 503 : 200);
    return report;
  }

  /** Consumer figures, shown: the judging (parked, stalled → DEGRADED, never DOWN) is the readiness check `consumers`. */
  private async consumers(): Promise<{
    status: Status;
    details: Record<string, Omit<ConsumerStatus, 'name'>> | { error: string };
  }> {
    try {
      const figures = await this.consumerStatus.statuses();
      return { status: 'UP', details: Object.fromEntries(figures.map(({ name, ...rest }) => [name, rest])) };
    } catch (error) {
      return { status: 'DOWN', details: { error: error instanceof Error ? error.message : String(error) } };
    }
  }
}
