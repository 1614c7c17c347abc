import { Module } from '@nestjs/common';
import { VictimCaseController } from './victim-case.controller';
import { GetCaseTimelineHandler, GetVictimCaseHandler, ListVictimCasesHandler } from './victim-case.queries';

/** GET /victims, GET /victims/:victimId, GET /victims/:victimId/timeline (read models: victim-case-view, case-timeline). */
@Module({
  controllers: [VictimCaseController],
  providers: [GetVictimCaseHandler, GetCaseTimelineHandler, ListVictimCasesHandler],
})
export class VictimCaseQueriesModule {}
