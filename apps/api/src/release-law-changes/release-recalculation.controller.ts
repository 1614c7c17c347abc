import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AuditedRead, CallerScope, Roles } from '@vcs/security';
import { CommandContext } from '../commands/command-context';
import { CommandCtx } from '../commands/command-context.decorator';
import { RecalculateReleaseDatesDto } from './recalculate-release-dates.dto';
import { RecalculateReleaseDatesHandler } from './recalculate-release-dates.handler';
import { ReleaseRecalculationView } from './release-recalculation.query';
import { RecalculationRecordedResponse, RecalculationViewResponse } from './release-recalculation.responses';

const RecalculationIdParam = (): ParameterDecorator =>
  Param(
    'recalculationId',
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: 'the request is not valid',
          problems: [{ field: 'recalculationId', rule: 'isUUID', message: 'recalculationId must be a UUID' }],
        }),
    }),
  );

const API_RECALCULATION_ID = ApiParam({
  name: 'recalculationId',
  format: 'uuid',
  description: 'Chosen by the caller for one change in the law; every part of a large change is sent under the same id',
});

/** A change in the law that moves many release dates at once, and who it affected (issue 17; docs/DOMAIN-RULES.md §3.2). */
@ApiTags('release-law-changes')
@ApiBearerAuth()
@Controller('release-law-changes/recalculations')
export class ReleaseRecalculationController {
  constructor(
    private readonly recalculate: RecalculateReleaseDatesHandler,
    private readonly view: ReleaseRecalculationView,
  ) {}

  @Put(':recalculationId')
  @HttpCode(200)
  @Roles('VLO_MANAGER', 'ADMIN')
  @ApiOperation({
    summary: 'Record the release dates a change in the law moved (SDS40 and later reforms), for many sentences at once',
    description:
      "Each sentence gets a release-date-changed stage (reason change-in-law) and its victims' pending release-month notices move to the new date. " +
      'All or nothing: if any sentence is refused (unknown, out of your units, or a scheme rule) nothing is recorded and each refusal is named (422). ' +
      'Idempotent: the same request again records nothing (outcome unchanged); a sentence this recalculation already moved to another date is a 409.',
  })
  @API_RECALCULATION_ID
  @ApiOkResponse({ type: RecalculationRecordedResponse })
  @ApiResponse({ status: 400, description: 'Invalid request: each field and the rule it broke' })
  @ApiResponse({ status: 401, description: 'Missing, expired or invalid bearer token' })
  @ApiResponse({ status: 403, description: 'Only managers and administrators record a recalculation' })
  @ApiResponse({
    status: 409,
    description: 'A sentence already moved by this recalculation to another date, or changed meanwhile',
  })
  @ApiResponse({
    status: 422,
    description: 'Nothing recorded: `refusals` names each sentence and the rule refusing it',
  })
  record(
    @RecalculationIdParam() recalculationId: string,
    @Body() body: RecalculateReleaseDatesDto,
    @CommandCtx() context: CommandContext,
  ): Promise<RecalculationRecordedResponse> {
    return this.recalculate.execute(recalculationId, body, context);
  }

  @Get(':recalculationId')
  @Roles('VLO', 'VLO_MANAGER', 'ADMIN')
  @ApiOperation({
    summary:
      'Who a change in the law affected: the sentences it moved and their victims, with their officer and notice',
    description:
      "Only the sentences and victims you may reach. Each victim's status, victim liaison officer and the pending expected-release-month notice (moved to the new date). " +
      'Every call is written to the access audit.',
  })
  @API_RECALCULATION_ID
  @ApiOkResponse({ type: RecalculationViewResponse })
  @ApiResponse({ status: 400, description: 'recalculationId is not a UUID' })
  @AuditedRead({
    action: 'read release recalculation',
    resourceType: 'release-recalculation',
    victimIdsOf: (result) =>
      (result as RecalculationViewResponse).sentences.flatMap((s) => s.victims.map((v) => v.victimId)),
  })
  get(
    @RecalculationIdParam() recalculationId: string,
    @CallerScope() scope: AccessScope,
  ): Promise<RecalculationViewResponse> {
    return this.view.get(recalculationId, scope);
  }
}
