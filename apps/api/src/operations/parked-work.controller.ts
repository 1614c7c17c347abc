import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { formatPosition } from '@vcs/event-store';
import { LOGGER } from '@vcs/infrastructure';
import { ParkedEvent, parkedWork } from '@vcs/read-models';
import { Actor, AuditedRead, CurrentActor, Roles } from '@vcs/security';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ParkedWorkList, ParkedWorkTask, RetryParkedWorkBody, RetryParkedWorkResponse } from './parked-work.dto';

const VICTIM_STREAM = /^victim-([0-9a-f-]{36})$/i;
const TASK_DESCRIPTION =
  'A consumer could not handle this event after every attempt; the rest of this stream waits behind it (other streams go on). ' +
  'Find the cause in the error and the worker log, fix it, then retry (POST /parked-work/retry or npm run consumers:retry).';

/** Parked stream tasks, oldest failure first: one per consumer and stream. */
export function parkedWorkTasks(parked: readonly ParkedEvent[]): ParkedWorkTask[] {
  const tasks = new Map<string, { first: ParkedEvent; behind: number; retryRequestedAt: string | null }>();
  for (const event of parked) {
    const key = `${event.consumer}\u0000${event.streamId}`;
    const task = tasks.get(key);
    if (task) task.behind++;
    else tasks.set(key, { first: event, behind: 0, retryRequestedAt: event.retryRequestedAt });
  }
  return [...tasks.values()]
    .sort((a, b) => a.first.parkedAt.localeCompare(b.first.parkedAt))
    .map(({ first, behind, retryRequestedAt }) => ({
      consumer: first.consumer,
      streamId: first.streamId,
      first: {
        eventId: first.eventId,
        eventType: first.eventType,
        position: formatPosition(first.position),
        reason: first.reason,
        error: first.error,
        attempts: first.attempts,
        parkedAt: first.parkedAt,
      },
      waitingBehind: behind,
      retryRequestedAt,
      description: TASK_DESCRIPTION,
    }));
}

@ApiTags('operations')
@ApiBearerAuth()
@Controller('parked-work')
export class ParkedWorkController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  @Get()
  @Roles('ADMIN')
  @ApiOperation({
    summary:
      "ADMIN tasks: work the worker's consumers parked (projectors, notification planner and dispatcher, erasure completion, retention job)",
    description:
      'One task per consumer and stream: the event that failed, its error summary (no personal data), how many events wait behind it.',
  })
  @ApiHeader({
    name: 'X-Purpose',
    required: true,
    description: 'Why you are reading the parked work, e.g. "data quality: parked notification planner"',
  })
  @ApiOkResponse({ type: ParkedWorkList })
  @AuditedRead({
    action: 'list parked work',
    resourceType: 'parked-work',
    victimIdsOf: (result) =>
      ((result as ParkedWorkList | undefined)?.items ?? []).flatMap(
        (task) => VICTIM_STREAM.exec(task.streamId)?.[1] ?? [],
      ),
  })
  async list(): Promise<ParkedWorkList> {
    const items = parkedWorkTasks(await parkedWork.list(this.dataSource));
    return { total: items.length, items };
  }

  @Post('retry')
  @Roles('ADMIN')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Retry parked work after a fix: the worker replays each parked stream in order; one that fails again stays parked',
    description: 'Every consumer, or the one named. The same as `npm run consumers:retry [consumer]`.',
  })
  @ApiAcceptedResponse({ type: RetryParkedWorkResponse })
  @ApiBadRequestResponse({ description: '`consumer` is not a consumer name; `problems` names the field' })
  async retry(@Body() body: RetryParkedWorkBody, @CurrentActor() actor: Actor): Promise<RetryParkedWorkResponse> {
    const retryRequested = await parkedWork.requestRetry(this.dataSource, body.consumer);
    this.log.info(
      { userId: actor.userId, consumer: body.consumer ?? 'every consumer', retryRequested },
      'retry of parked work requested',
    );
    return { retryRequested };
  }
}
