import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { newStreamId } from '../../commands/new-stream-id';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { CommandResultResponse } from '../shared/command-result.response';
import { ReceiveReferralCommand } from './receive-referral.command';
import { ReceiveReferralDto } from './receive-referral.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class ReceiveReferralController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: 'Receive the referral of a victim on a sentence (creates the victim record)' })
  @ApiCreatedResponse({
    type: CommandResultResponse,
    description: 'The victim record was created; `id` is the victim id',
  })
  @CommandResponses()
  @OffersValidateOnly()
  async receiveReferral(
    @Body() body: ReceiveReferralDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(
      new ReceiveReferralCommand(newStreamId(body.victimId, context), body, context),
    );
    return withRevisionHeaders(response, result);
  }
}
