import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { RepresentationSubmittedResponse } from '../shared/command-result.response';
import { DiscloseRepresentationCommand } from './disclose-representation.command';
import { DiscloseRepresentationDto, RepresentationPathParams } from './disclose-representation.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class DiscloseRepresentationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/representations/:representationId/disclosures')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Disclose a representation to one of its recipients in the version you approve: the only text that recipient reads. ' +
      'The screen flags likely names, addresses, postcodes, phone numbers and emails; a flagged text is disclosed only when you confirm each flag (422 disclosure-flagged names them in words and, as codes, in `flags`).',
  })
  @ApiCreatedResponse({ type: RepresentationSubmittedResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async disclose(
    @Param() params: RepresentationPathParams,
    @Body() body: DiscloseRepresentationDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { representationId: string }> {
    const result: CommandResult = await this.commands.execute(
      new DiscloseRepresentationCommand(params.victimId, params.representationId, body, context),
    );
    return { ...withRevisionHeaders(response, result), representationId: params.representationId };
  }
}
