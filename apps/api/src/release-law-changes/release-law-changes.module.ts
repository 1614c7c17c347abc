import { Module } from '@nestjs/common';
import { SentenceInReach } from '../sentences/shared/sentence-in-reach';
import { RecalculateReleaseDatesHandler } from './recalculate-release-dates.handler';
import { ReleaseRecalculationController } from './release-recalculation.controller';
import { ReleaseRecalculationView } from './release-recalculation.query';

/** Release dates moved by a change in the law, many sentences at once, and who they affected. */
@Module({
  controllers: [ReleaseRecalculationController],
  providers: [RecalculateReleaseDatesHandler, ReleaseRecalculationView, SentenceInReach],
})
export class ReleaseLawChangesModule {}
