import { LettersToDraftController } from './letters-to-draft/letters-to-draft.controller';
import { GetLettersToDraftHandler } from './letters-to-draft/letters-to-draft.query';
import { Module } from '@nestjs/common';
import { ApproveLetterController } from './approve-letter/approve-letter.controller';
import { ApproveLetterHandler } from './approve-letter/approve-letter.handler';
import { DraftLetterController } from './draft-letter/draft-letter.controller';
import { DraftLetterHandler } from './draft-letter/draft-letter.handler';
import { EditLetterController } from './edit-letter/edit-letter.controller';
import { EditLetterHandler } from './edit-letter/edit-letter.handler';
import { GetLetterHandler } from './get-letter/get-letter.query';
import { GetLetterPdfHandler } from './get-letter-pdf/get-letter-pdf.query';
import { GetLettersInProgressHandler } from './letters-in-progress/letters-in-progress.query';
import { LettersController } from './letters-queries.controller';
import { ListVictimLettersHandler } from './list-victim-letters/list-victim-letters.query';
import { GetReviewQueueHandler } from './review-queue/review-queue.query';
import { ReturnLetterController } from './return-letter/return-letter.controller';
import { ReturnLetterHandler } from './return-letter/return-letter.handler';
import { LetterDraftingLoader } from './shared/letter-drafting.loader';
import { SubmitLetterController } from './submit-letter/submit-letter.controller';
import { SubmitLetterHandler } from './submit-letter/submit-letter.handler';

/** Letters: draft from a template, edit, submit, approve (four eyes) or return; read them, the review queue, the PDF. */
@Module({
  controllers: [
    DraftLetterController,
    EditLetterController,
    SubmitLetterController,
    ApproveLetterController,
    ReturnLetterController,
    LettersController,
    LettersToDraftController,
  ],
  providers: [
    LetterDraftingLoader,
    GetLettersToDraftHandler,
    DraftLetterHandler,
    EditLetterHandler,
    SubmitLetterHandler,
    ApproveLetterHandler,
    ReturnLetterHandler,
    ListVictimLettersHandler,
    GetLetterHandler,
    GetLetterPdfHandler,
    GetReviewQueueHandler,
    GetLettersInProgressHandler,
  ],
})
export class LettersModule {}
