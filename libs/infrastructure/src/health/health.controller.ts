import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@vcs/security';
import { HealthCheck, runHealthChecks } from './health-check';

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

/**
 * Liveness (the process answers) and readiness (PostgreSQL, Redis and the event store answer: 503 when one does not;
 * `degraded`, still 200, while a consumer has parked work or is stalled). Unauthenticated.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[]) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const report = await runHealthChecks(this.checks);
    response.status(report.status === 'unavailable' ? 503 : 200);
    return report;
  }

  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    const report = await runHealthChecks(this.checks);
    response.status(report.status === 'unavailable' ? 503 : 200);
    return { live: 'ok', ready: report };
  }
}
