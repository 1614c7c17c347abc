import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditedRead, Roles } from '@vcs/security';
import { VictimInScope } from '../../queries/shared/victim-in-scope';
import { VictimPathParams } from '../../victims/shared/victim-path.params';
import { GetLettersToDraft } from './letters-to-draft.query';
import { LettersToDraftResponse } from './letters-to-draft.response';

@ApiTags('letters')
@ApiBearerAuth()
@Controller()
export class LettersToDraftController {
  constructor(private readonly queries: QueryBus) {}

  @Get('victims/:victimId/letters-to-draft')
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      "The victim's scheduled notifications that go by letter, each with the letter drafted for it (no words, no address)",
  })
  @ApiOkResponse({ type: LettersToDraftResponse })
  @ApiNotFoundResponse({ description: 'No such victim, or one outside your units' })
  @VictimInScope()
  @AuditedRead({ action: 'list letters to draft', resourceType: 'victim', resourceParam: 'victimId' })
  list(@Param() params: VictimPathParams): Promise<LettersToDraftResponse> {
    return this.queries.execute(new GetLettersToDraft(params.victimId));
  }
}
