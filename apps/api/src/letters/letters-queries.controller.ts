import { VictimInScope } from '../queries/shared/victim-in-scope';
import { Controller, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { Actor, AuditedRead, CallerScope, CurrentActor, Roles } from '@vcs/security';
import type { Response } from 'express';
import { REVISION_ETAG_HEADER, withRevisionETag } from '../http/revision-etag';
import { VictimPathParams } from '../victims/shared/victim-path.params';
import { LetterPathParams } from './shared/letter-path.params';
import { GetLetter } from './get-letter/get-letter.query';
import { GetLetterPdf, LetterPdf } from './get-letter-pdf/get-letter-pdf.query';
import { GetLettersInProgress } from './letters-in-progress/letters-in-progress.query';
import { ListVictimLetters } from './list-victim-letters/list-victim-letters.query';
import { GetReviewQueue } from './review-queue/review-queue.query';
import {
  LetterPdfQuery,
  LetterQuery,
  LettersInProgressQuery,
  ReviewQueueQuery,
  VictimLettersQuery,
} from './shared/letters.requests';
import {
  LetterListResponse,
  LetterResponse,
  LettersInProgressResponse,
  ReviewQueueResponse,
} from './shared/letters.responses';

/**
 * Letters for victim liaison officers and their managers: a victim's letters, one letter (its words), the PDF of an
 * approved letter, the managers' review queue and an officer's letters in progress. Partners, the worker and
 * administrators are not admitted: letters carry the victim's name and address.
 */
@ApiTags('letters')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'A parameter is not valid; `problems` names each field' })
@ApiServiceUnavailableResponse({
  description: 'minPosition was given and the read model has not reached it within 5 s; retry',
})
@Controller()
export class LettersController {
  constructor(private readonly queries: QueryBus) {}

  @Get('victims/:victimId/letters')
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary: "The victim's letters, newest first: stage, status and who did what (never the letters' words)",
  })
  @ApiOkResponse({ type: LetterListResponse })
  @VictimInScope()
  @AuditedRead({ action: 'list victim letters', resourceType: 'victim', resourceParam: 'victimId' })
  list(@Param() params: VictimPathParams, @Query() query: VictimLettersQuery): Promise<LetterListResponse> {
    return this.queries.execute(new ListVictimLetters(params.victimId, query.page, query.pageSize, query.minPosition));
  }

  @Get('victims/:victimId/letters/:letterId')
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary: 'One letter: its words, address block and workflow; ETag is the revision to send back as If-Match',
  })
  @ApiOkResponse({ type: LetterResponse, headers: REVISION_ETAG_HEADER })
  @ApiNotFoundResponse({ description: 'No such letter for this victim' })
  @VictimInScope()
  @AuditedRead({ action: 'read letter', resourceType: 'victim', resourceParam: 'victimId' })
  async letter(
    @Param() params: LetterPathParams,
    @Query() query: LetterQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LetterResponse> {
    return withRevisionETag(
      response,
      await this.queries.execute<GetLetter, LetterResponse>(
        new GetLetter(params.victimId, params.letterId, query.minPosition),
      ),
    );
  }

  @Get('victims/:victimId/letters/:letterId/pdf')
  @Roles('VLO', 'VLO_MANAGER')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'The approved (or sent) letter as an A4 PDF for a window envelope; large print when the victim asked for it; with preview=true, a letter not yet approved, marked as a draft',
  })
  @ApiOkResponse({
    description: 'The letter as a PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ description: 'No such letter for this victim' })
  @ApiUnprocessableEntityResponse({
    description: 'letter-not-approved: only an approved letter is printed (without preview=true)',
  })
  @VictimInScope()
  @AuditedRead({ action: 'print letter', resourceType: 'victim', resourceParam: 'victimId' })
  async pdf(@Param() params: LetterPathParams, @Query() query: LetterPdfQuery): Promise<StreamableFile> {
    const { reference, pdf }: LetterPdf = await this.queries.execute(
      new GetLetterPdf(params.victimId, params.letterId, query.minPosition, query.preview === 'true'),
    );
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="letter-${reference}.pdf"`,
      length: pdf.length,
    });
  }

  @Get('letters/review-queue')
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary: 'Letters waiting for a manager, oldest first; youMayApprove is false for letters you wrote or edited',
  })
  @ApiOkResponse({ type: ReviewQueueResponse })
  @AuditedRead({
    action: 'read letter review queue',
    resourceType: 'letter-review-queue',
    victimIdsOf: (result) => [
      ...new Set(((result as ReviewQueueResponse | undefined)?.items ?? []).map((item) => item.victimId)),
    ],
  })
  reviewQueue(
    @Query() query: ReviewQueueQuery,
    @CurrentActor() actor: Actor,
    @CallerScope() scope: AccessScope,
  ): Promise<ReviewQueueResponse> {
    return this.queries.execute(
      new GetReviewQueue(scope, actor.userId, query.region, query.page, query.pageSize, query.minPosition),
    );
  }

  @Get('letters/in-progress')
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary: "An officer's letters not yet approved, against the working practice of nine; a VLO sees only their own",
  })
  @ApiOkResponse({ type: LettersInProgressResponse })
  @ApiForbiddenResponse({ description: "A VLO asked about a colleague's letters" })
  @AuditedRead({ action: 'read letters in progress', resourceType: 'letters-in-progress', victimIdsOf: () => [] })
  inProgress(
    @Query() query: LettersInProgressQuery,
    @CurrentActor() actor: Actor,
    @CallerScope() scope: AccessScope,
  ): Promise<LettersInProgressResponse> {
    return this.queries.execute(new GetLettersInProgress(scope, actor, query.vloId, query.minPosition));
  }
}
