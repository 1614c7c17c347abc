import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '@vcs/security';
import { BuildInfo } from './build-info';
import { ConsumerStatusReader } from '../consumers/consumer-status';
import { HealthCheck, HealthReport, HealthStatus, runHealthChecks } from './health-check';
import { ComponentStatus, componentName, componentStatus } from './health-details';
import { HealthDocs } from './health.openapi';

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');
export const BUILD_INFO = Symbol('BUILD_INFO');

/** Each component's status and nothing else: the public routes never carry figures, times or errors. */
function components(report: HealthReport): Record<string, { status: ComponentStatus }> {
  return Object.fromEntries(
    Object.entries(report.checks).map(([name, check]) => [
      componentName(name),
      { status: componentStatus(check.status) },
    ]),
  );
}

/**
 * Health as HMPPS services expose it, unauthenticated and, but for /info, outside the rate limits (an orchestrator
 * polls them). The public answers carry statuses only (UP, DEGRADED, DOWN, overall and per component):
 * - `/health`: every component (database, Redis, event store, `consumerHealth`); 503 when a dependency is down;
 * - `/health/ping` and `/health/liveness`: the process answers;
 * - `/health/readiness`: the process can serve (database, Redis and event store answer), else 503; `DEGRADED` (still
 *   200) while a consumer has parked work or has stalled with events waiting (the `consumerHealth` component);
 * - `/info`: version, git commit, build time and the projections being applied now.
 * `/health/live` and `/health/ready` are the earlier names of liveness and readiness and answer in their earlier shape.
 * Which consumer, its figures (position, lag, parked work) and each component's error are for operators only
 * (HealthDetails: `GET /operations/health` as ADMIN on the API, /health/details on each process's operations port).
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
  ping(): { status: ComponentStatus } {
    return { status: 'UP' };
  }

  @SkipThrottle()
  @Get('health/liveness')
  @HttpCode(200)
  @HealthDocs.up('Liveness: the process answers')
  liveness(): { status: ComponentStatus } {
    return { status: 'UP' };
  }

  @SkipThrottle()
  @Get('health/readiness')
  @HealthDocs.components('Readiness: database, Redis and the event store answer (503 otherwise)')
  async readiness(@Res({ passthrough: true }) response: Response) {
    return this.statuses(response);
  }

  @SkipThrottle()
  @Get('health')
  @HealthDocs.components("Every component's status (503 when a dependency is down)")
  async health(@Res({ passthrough: true }) response: Response) {
    return this.statuses(response);
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
    const checks: Record<string, { status: HealthStatus }> = Object.fromEntries(
      Object.entries(report.checks).map(([name, check]) => [name, { status: check.status }]),
    );
    return { status: report.status, checks };
  }

  private async statuses(response: Response) {
    const report = await runHealthChecks(this.checks);
    const status = componentStatus(report.status);
    response.status(status === 'DOWN' ? 503 : 200);
    return { status, components: components(report) };
  }
}
