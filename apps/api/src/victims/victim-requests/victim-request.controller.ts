import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { newStreamId } from '../../commands/new-stream-id';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { CommandResultResponse, VictimRequestMadeResponse } from '../shared/command-result.response';
import { VictimPathParams } from '../shared/victim-path.params';
import { VictimRequestPathParams } from './victim-request-path.params';
import {
  AnswerVictimRequestCommand,
  MakeVictimRequestCommand,
  RecordRightExplainedCommand,
} from './victim-request.commands';
import { AnswerVictimRequestDto, MakeVictimRequestDto, RecordRightExplainedDto } from './victim-request.dto';

/** A victim's requests through the VLO, their answers, and rights explained (docs/DOMAIN-RULES.md §4.11). */
@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class VictimRequestController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/requests')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Record a request the victim made through the VLO: to observe a parole hearing or have it in public, a decision summary, that the Secretary of State seek reconsideration, to attend the Mental Health Tribunal, a sentencing remarks transcript',
  })
  @ApiCreatedResponse({ type: VictimRequestMadeResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async makeRequest(
    @Param() params: VictimPathParams,
    @Body() body: MakeVictimRequestDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { requestId: string }> {
    const requestId = newStreamId(body.requestId, context);
    const result: CommandResult = await this.commands.execute(
      new MakeVictimRequestCommand(params.victimId, requestId, body, context),
    );
    return { ...withRevisionHeaders(response, result), requestId };
  }

  @Post(':victimId/requests/:requestId/answer')
  @HttpCode(200)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Record the answer to a request: granted or refused, the document provided (delivered to the victim), or withdrawn',
  })
  @ApiOkResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async answerRequest(
    @Param() params: VictimRequestPathParams,
    @Body() body: AnswerVictimRequestDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(
      new AnswerVictimRequestCommand(params.victimId, params.requestId, body, context),
    );
    return withRevisionHeaders(response, result);
  }

  @Post(':victimId/rights-explained')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Record that the victim was told about the unduly lenient sentence scheme and its deadline (28 days from sentence)',
  })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async recordRightExplained(
    @Param() params: VictimPathParams,
    @Body() body: RecordRightExplainedDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new RecordRightExplainedCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
