import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { Public } from '@vcs/security';
import { HealthCheck, runHealthChecks } from './health-check';

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

const CHECK_RESULT = {
  type: 'object',
  required: ['status', 'ms'],
  properties: { status: { type: 'string', enum: ['ok', 'unavailable'] }, error: { type: 'string' }, ms: { type: 'integer' } },
};
/** The readiness report, for the OpenAPI document. */
const HEALTH_REPORT = {
  type: 'object',
  required: ['status', 'checks'],
  properties: { status: { type: 'string', enum: ['ok', 'unavailable'] }, checks: { type: 'object', additionalProperties: CHECK_RESULT } },
};

/** Liveness (the process answers) and readiness (PostgreSQL, Redis and the event store answer). Unauthenticated. */
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[]) {}

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ description: 'The process answers', schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: PostgreSQL, Redis and the event store answer (503 otherwise)' })
  @ApiOkResponse({ description: 'PostgreSQL, Redis and the event store answer', schema: HEALTH_REPORT })
  @ApiServiceUnavailableResponse({ description: 'A dependency does not answer', schema: HEALTH_REPORT })
  async ready(@Res({ passthrough: true }) response: Response) {
    const report = await runHealthChecks(this.checks);
    response.status(report.status === 'ok' ? 200 : 503);
    return report;
  }

  @Get()
  @ApiOperation({ summary: 'Liveness and readiness together' })
  @ApiOkResponse({ description: 'Live and ready', schema: { type: 'object', required: ['live', 'ready'], properties: { live: { type: 'string', enum: ['ok'] }, ready: HEALTH_REPORT } } })
  @ApiServiceUnavailableResponse({ description: 'Live, not ready', schema: { type: 'object', properties: { live: { type: 'string' }, ready: HEALTH_REPORT } } })
  async health(@Res({ passthrough: true }) response: Response) {
    const report = await runHealthChecks(this.checks);
    response.status(report.status === 'ok' ? 200 : 503);
    return { live: 'ok', ready: report };
  }
}
