import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRequest, Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { CommandResultResponse } from '../../victims/shared/command-result.response';
import { VictimPathParams } from '../../victims/shared/victim-path.params';
import { purposeOf, RequirePurpose } from '../shared/purpose.guard';
import { ErasePersonalDataCommand } from './erase-personal-data.command';
import { ErasePersonalDataDto } from './erase-personal-data.dto';
import { ErasureResult } from './erase-personal-data.handler';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('victims')
export class ErasePersonalDataController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/erasure')
  @HttpCode(201)
  @Roles('ADMIN')
  @RequirePurpose()
  @ApiOperation({
    summary:
      "Erase a victim's personal data (crypto-shredding): records VictimPersonalDataErased, then destroys their data key",
    description:
      'With basis retention-period-ended, an ADMIN must first have decided to erase (POST /victims/:victimId/retention-decision).',
  })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  async erase(
    @Param() params: VictimPathParams,
    @Body() body: ErasePersonalDataDto,
    @CommandCtx() context: CommandContext,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ErasureResult> {
    const result: ErasureResult = await this.commands.execute(
      new ErasePersonalDataCommand(params.victimId, body, context, purposeOf(request)),
    );
    withRevisionHeaders(response, result);
    return result;
  }
}
