import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthDetails, HealthDetailsReport } from '@vcs/infrastructure';
import { Roles } from '@vcs/security';

const STATUS = { type: 'string', enum: ['UP', 'DEGRADED', 'DOWN'] };
const DETAILED_REPORT = {
  type: 'object',
  required: ['status', 'components'],
  properties: {
    status: STATUS,
    components: {
      type: 'object',
      description:
        'database, redis, eventStore and consumerHealth (each with ms and, when failing, error); consumers: each ' +
        "consumer's position, lastAdvancedAt, lagEvents, lagEventsAtLeast, lagSeconds, parked, stalled and active",
      additionalProperties: {
        type: 'object',
        required: ['status', 'details'],
        properties: { status: STATUS, details: { type: 'object', additionalProperties: true } },
      },
    },
  },
};

/**
 * The detailed health behind the public statuses, for administrators: which component failed and why, and each
 * consumer's figures. The public /health routes answer statuses only. Carries no personal data (names of consumers,
 * counts, positions, infrastructure errors), so it needs no X-Purpose and is not an audited read.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('operations/health')
export class OperationsHealthController {
  constructor(private readonly details: HealthDetails) {}

  @Get()
  @Roles('ADMIN')
  @ApiOperation({
    summary:
      "ADMIN: each component's status, time and error, and each consumer's position, lag and parked work (the public /health says only UP, DEGRADED or DOWN)",
  })
  @ApiOkResponse({ description: 'The detailed report, whatever the status', schema: DETAILED_REPORT })
  report(): Promise<HealthDetailsReport> {
    return this.details.report();
  }
}
