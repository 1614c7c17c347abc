import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Roles } from '@vcs/security';
import { IsUUID } from 'class-validator';
import type { Response } from 'express';
import { Clock } from '../../commands/clock';
import { CommandContext, CommandResult, withoutGrants } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { CommandResultResponse } from '../../victims/shared/command-result.response';
import { LowerCase } from '../../victims/shared/validation';
import { VictimPathParams } from '../../victims/shared/victim-path.params';

export class GrantPathParams extends VictimPathParams {
  @ApiProperty({ format: 'uuid' })
  @LowerCase()
  @IsUUID('all', { message: 'grantId must be a UUID' })
  grantId: string;
}

export class RevokeCaseAccessCommand {
  constructor(
    readonly victimId: string,
    readonly grantId: string,
    readonly context: CommandContext,
  ) {}
}

/** Ends a grant now: a manager of the unit holding the case (the runner answers 404 to anyone else's). */
@CommandHandler(RevokeCaseAccessCommand)
export class RevokeCaseAccessHandler implements ICommandHandler<RevokeCaseAccessCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, grantId, context }: RevokeCaseAccessCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'RevokeCaseAccess',
        data: { victimId, grantId, now: this.clock.now().toISOString(), recordedOn: this.clock.today() },
      },
      // A grant never lets its holder end (or extend) access: only the unit holding the case.
      withoutGrants(context),
    );
  }
}

@ApiTags('case access')
@ApiBearerAuth()
@Controller('victims')
export class RevokeCaseAccessController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/access-grants/:grantId/revocation')
  @HttpCode(200)
  @Roles('VLO_MANAGER')
  @ApiOperation({ summary: 'End a cross-unit access grant now (a manager of the unit holding the case)' })
  @ApiOkResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async revoke(
    @Param() params: GrantPathParams,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    return withRevisionHeaders(
      response,
      await this.commands.execute(new RevokeCaseAccessCommand(params.victimId, params.grantId, context)),
    );
  }
}
