import { Body, Controller, HttpCode, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { CommandResultResponse } from '../shared/command-result.response';
import { VictimPathParams } from '../shared/victim-path.params';
import { UpdateContactPreferencesCommand } from './update-contact-preferences.command';
import { UpdateContactPreferencesDto } from './update-contact-preferences.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class UpdateContactPreferencesController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':victimId/contact-preferences')
  @HttpCode(200)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: 'Replace how, and about which stages, the victim wants to be contacted' })
  @ApiOkResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async updateContactPreferences(
    @Param() params: VictimPathParams,
    @Body() body: UpdateContactPreferencesDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new UpdateContactPreferencesCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
