import { Controller, Get, Query } from '@nestjs/common';
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
import { AuditedRead, Roles } from '@vcs/security';
import { ApiSentenceIdParam, SentenceIdParam } from '../../sentences/shared/sentence-id.param';
import { FreshnessQuery } from '../shared/page.query';
import { PartnerSentenceLookupQuery } from './partner-sentence.params';
import { GetPartnerSentenceQuery } from './partner-sentence.query';
import { PartnerSentenceResponse } from './partner-sentence.responses';

const PURPOSE_HEADER = {
  name: 'X-Purpose',
  required: true,
  description: 'Why you are reading this (e.g. "parole review: PB-2026-0113"); recorded in the access audit',
};

/** The Parole Board and MAPPA partners find a sentence by its case reference and read its key dates. */
@ApiTags('partners')
@ApiBearerAuth()
@Controller('partner-sentences')
export class PartnerSentenceController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('PAROLE_BOARD', 'MAPPA_PARTNER')
  @ApiHeader(PURPOSE_HEADER)
  @ApiOperation({
    summary:
      "Find a sentence by the offender's case reference: the sentence and its key dates (hearings, eligibility, release, licence), no victims",
  })
  @ApiOkResponse({ type: PartnerSentenceResponse })
  @ApiBadRequestResponse({ description: 'reference or X-Purpose is not valid; problems name the field' })
  @ApiNotFoundResponse({ description: 'No sentence with that case reference is recorded' })
  @AuditedRead({ action: 'find sentence by reference', resourceType: 'sentence' })
  find(@Query() query: PartnerSentenceLookupQuery): Promise<PartnerSentenceResponse> {
    return this.queries.execute(new GetPartnerSentenceQuery({ reference: query.reference }, query.minPosition));
  }

  @Get(':sentenceId')
  @Roles('PAROLE_BOARD', 'MAPPA_PARTNER')
  @ApiSentenceIdParam()
  @ApiHeader(PURPOSE_HEADER)
  @ApiOperation({
    summary: 'A sentence and its key dates for a partner (hearings, eligibility, release, licence), no victims',
  })
  @ApiOkResponse({ type: PartnerSentenceResponse })
  @ApiBadRequestResponse({ description: 'sentenceId or X-Purpose is not valid; problems name the field' })
  @ApiNotFoundResponse({ description: 'No such sentence is recorded' })
  @AuditedRead({ action: 'read sentence key dates', resourceType: 'sentence', resourceParam: 'sentenceId' })
  get(@SentenceIdParam() sentenceId: string, @Query() query: FreshnessQuery): Promise<PartnerSentenceResponse> {
    return this.queries.execute(
      new GetPartnerSentenceQuery({ sentenceId: sentenceId.toLowerCase() }, query.minPosition),
    );
  }
}
