import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse } from '@nestjs/swagger';

/**
 * The health routes' answers, for the OpenAPI document (the partners' contract documents every route's answer).
 * Kept apart from the controller: shapes only, no behaviour. Public answers are statuses only; the details are for
 * operators (GET /operations/health).
 */
const STATUS = { type: 'string', enum: ['UP', 'DEGRADED', 'DOWN'] };
const COMPONENT = { type: 'object', required: ['status'], properties: { status: STATUS } };
const COMPONENTS_REPORT = {
  type: 'object',
  required: ['status', 'components'],
  properties: { status: STATUS, components: { type: 'object', additionalProperties: COMPONENT } },
};
const EARLIER_STATUS = { type: 'string', enum: ['ok', 'degraded', 'unavailable'] };
const CHECK_RESULT = { type: 'object', required: ['status'], properties: { status: EARLIER_STATUS } };
const EARLIER_REPORT = {
  type: 'object',
  required: ['status', 'checks'],
  properties: {
    status: EARLIER_STATUS,
    checks: { type: 'object', additionalProperties: CHECK_RESULT },
  },
};
const INFO = {
  type: 'object',
  required: ['build'],
  properties: {
    build: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        version: { type: 'string' },
        gitCommit: { type: 'string', nullable: true },
        buildTime: { type: 'string', nullable: true },
      },
    },
    activeProjections: { type: 'array', nullable: true, items: { type: 'string' } },
  },
};

export const HealthDocs = {
  up: (summary: string) =>
    applyDecorators(
      ApiOperation({ summary }),
      ApiOkResponse({
        description: 'The process answers',
        schema: { type: 'object', required: ['status'], properties: { status: STATUS } },
      }),
    ),
  components: (summary: string) =>
    applyDecorators(
      ApiOperation({ summary }),
      ApiOkResponse({ description: 'Every component is up', schema: COMPONENTS_REPORT }),
      ApiServiceUnavailableResponse({ description: 'A dependency is down', schema: COMPONENTS_REPORT }),
    ),
  info: () =>
    applyDecorators(
      ApiOperation({ summary: 'Version, git commit, build time and the projections being applied now' }),
      ApiOkResponse({ schema: INFO }),
    ),
  earlierLive: () =>
    applyDecorators(
      ApiOperation({ summary: 'Liveness (earlier name of /health/liveness)' }),
      ApiOkResponse({
        description: 'The process answers',
        schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
      }),
    ),
  earlierReady: () =>
    applyDecorators(
      ApiOperation({ summary: 'Readiness in its earlier shape (earlier name of /health/readiness)' }),
      ApiOkResponse({ description: 'PostgreSQL, Redis and the event store answer', schema: EARLIER_REPORT }),
      ApiServiceUnavailableResponse({ description: 'A dependency does not answer', schema: EARLIER_REPORT }),
    ),
};
