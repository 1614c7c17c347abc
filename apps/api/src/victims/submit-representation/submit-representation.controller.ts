import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { newStreamId } from '../../commands/new-stream-id';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { RepresentationSubmittedResponse } from '../shared/command-result.response';
import { VictimPathParams } from '../shared/victim-path.params';
import { SubmitRepresentationCommand } from './submit-representation.command';
import { SubmitRepresentationDto } from './submit-representation.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class SubmitRepresentationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/representations')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Record a representation sent for the victim: licence or discharge conditions asked for, or a Victim Personal Statement',
  })
  @ApiCreatedResponse({ type: RepresentationSubmittedResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async submitRepresentation(
    @Param() params: VictimPathParams,
    @Body() body: SubmitRepresentationDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { representationId: string }> {
    const representationId = newStreamId(body.representationId, context);
    const result: CommandResult = await this.commands.execute(
      new SubmitRepresentationCommand(params.victimId, representationId, body, context),
    );
    return { ...withRevisionHeaders(response, result), representationId };
  }
}
