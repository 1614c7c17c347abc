import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { Actor, AuditedRead, AuthenticatedRequest, CallerScope, CurrentActor, Role, Roles } from '@vcs/security';
import type { Response } from 'express';
import { REVISION_ETAG_HEADER, withRevisionETag } from '../../http/revision-etag';
import { ApiSentenceIdParam, SentenceIdParam } from '../../sentences/shared/sentence-id.param';
import { FreshnessQuery, PageQuery } from '../shared/page.query';
import { ListSentencesQueryDto } from './sentence-partner.params';
import { GetSentenceQuery } from './get-sentence/get-sentence.query';
import { ListSentencesQuery } from './list-sentences/list-sentences.query';
import { GetSentenceMeetingsQuery } from './sentence-meetings/sentence-meetings.query';
import { GetSentenceRepresentationsQuery } from './sentence-representations/sentence-representations.query';
import { auditedVictimIds, SentenceReader } from './shared/sentence-reader';
import {
  InterAgencyMeetingPageResponse,
  PartnerRepresentationPageResponse,
  SentencePageResponse,
  SentenceViewResponse,
} from './sentence-partner.responses';

/** VLOs and managers read a sentence within their units; partners by their organisation, which the query applies. */
function readerOf(actor: Actor, scope: AccessScope): SentenceReader {
  return actor.role === 'VLO' || actor.role === 'VLO_MANAGER' ? scope : undefined;
}

const PURPOSE_HEADER = {
  name: 'X-Purpose',
  required: false,
  description:
    'Why you are reading this (3-200 characters of plain text); required for PAROLE_BOARD and MAPPA_PARTNER, recorded in the access audit',
};

/** Sentences for VLOs and managers; representations and meetings also for the Parole Board and MAPPA partners. */
@ApiTags('sentences')
@ApiBearerAuth()
@Controller('sentences')
export class SentencePartnerController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary: 'List sentences (newest sentence first), filtered by region, sentence type or case reference',
  })
  @ApiOkResponse({ type: SentencePageResponse })
  @ApiBadRequestResponse({ description: 'A filter or page parameter is not valid; problems name the field' })
  @AuditedRead({ action: 'list sentences', resourceType: 'sentence' })
  list(@Query() query: ListSentencesQueryDto, @CallerScope() scope: AccessScope): Promise<SentencePageResponse> {
    return this.queries.execute(new ListSentencesQuery(query, scope));
  }

  @Get(':sentenceId')
  @Roles('VLO', 'VLO_MANAGER')
  @ApiSentenceIdParam()
  @ApiOperation({
    summary:
      'The sentence: its milestones so far, the expected ones with their dates, and the victims linked to it (no personal data)',
  })
  @ApiOkResponse({ type: SentenceViewResponse, headers: REVISION_ETAG_HEADER })
  @ApiBadRequestResponse({ description: 'sentenceId or minPosition is not valid; problems name the field' })
  @ApiNotFoundResponse({ description: 'No such sentence is recorded' })
  @AuditedRead({
    action: 'read sentence view',
    resourceType: 'sentence',
    resourceParam: 'sentenceId',
    victimIdsOf: auditedVictimIds,
  })
  async get(
    @SentenceIdParam() sentenceId: string,
    @Query() query: FreshnessQuery,
    @Res({ passthrough: true }) response: Response,
    @CallerScope() scope: AccessScope,
  ): Promise<SentenceViewResponse> {
    return withRevisionETag(
      response,
      await this.queries.execute<GetSentenceQuery, SentenceViewResponse>(
        new GetSentenceQuery(sentenceId.toLowerCase(), query.minPosition, scope),
      ),
    );
  }

  @Get(':sentenceId/representations')
  @Roles('PAROLE_BOARD', 'MAPPA_PARTNER', 'VLO', 'VLO_MANAGER')
  @ApiSentenceIdParam()
  @ApiHeader(PURPOSE_HEADER)
  @ApiOperation({
    summary:
      'What each victim asked for on this sentence (licence conditions, VPS), when and to whom it was sent; victims by pseudonymous reference only. ' +
      'A partner sees only what was sent to their own organisation (Parole Board: parole-board; MAPPA partners: mappa).',
  })
  @ApiOkResponse({ type: PartnerRepresentationPageResponse })
  @ApiBadRequestResponse({
    description:
      'sentenceId, a page parameter or X-Purpose is not valid (partners must send X-Purpose); problems name the field',
  })
  @ApiNotFoundResponse({ description: 'No such sentence is recorded' })
  @AuditedRead({
    action: 'read representations for partners',
    resourceType: 'sentence',
    resourceParam: 'sentenceId',
    victimIdsOf: auditedVictimIds,
  })
  representations(
    @SentenceIdParam() sentenceId: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
    @CallerScope() scope: AccessScope,
  ): Promise<PartnerRepresentationPageResponse> {
    return this.queries.execute(
      new GetSentenceRepresentationsQuery(
        sentenceId.toLowerCase(),
        actor.role as Role,
        query.page,
        query.pageSize,
        query.minPosition,
        readerOf(actor, scope),
      ),
    );
  }

  @Get(':sentenceId/inter-agency-meetings')
  @Roles('PAROLE_BOARD', 'MAPPA_PARTNER', 'VLO', 'VLO_MANAGER')
  @ApiSentenceIdParam()
  @ApiHeader(PURPOSE_HEADER)
  @ApiOperation({
    summary:
      'MAPPA, parole and other inter-agency meetings about this sentence (latest first): agencies, per victim whether their views were presented, outcome and actions. ' +
      "Partners see victims by pseudonymous reference and never the notes; a MAPPA partner sees only the meetings their agency (the token's `agency` claim) attended, none without one. " +
      'VLOs and managers also get victim ids and the notes about each victim.',
  })
  @ApiOkResponse({ type: InterAgencyMeetingPageResponse })
  @ApiBadRequestResponse({
    description:
      'sentenceId, a page parameter or X-Purpose is not valid (partners must send X-Purpose); problems name the field',
  })
  @ApiNotFoundResponse({ description: 'No such sentence is recorded' })
  @AuditedRead({
    action: 'read inter-agency meetings',
    resourceType: 'sentence',
    resourceParam: 'sentenceId',
    victimIdsOf: auditedVictimIds,
  })
  meetings(
    @SentenceIdParam() sentenceId: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
    @CallerScope() scope: AccessScope,
    @Req() request: AuthenticatedRequest,
  ): Promise<InterAgencyMeetingPageResponse> {
    return this.queries.execute(
      new GetSentenceMeetingsQuery(
        sentenceId.toLowerCase(),
        actor.role as Role,
        query.page,
        query.pageSize,
        query.minPosition,
        readerOf(actor, scope),
        request.user?.agency,
      ),
    );
  }
}
