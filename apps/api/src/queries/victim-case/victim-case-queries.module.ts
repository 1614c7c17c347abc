import { Module } from '@nestjs/common';
import { VictimCaseController } from './victim-case.controller';
import { GetCaseTimelineHandler } from './get-case-timeline/get-case-timeline.query';
import { GetVictimCaseHandler } from './get-victim-case/get-victim-case.query';
import { ListVictimCasesHandler } from './list-victim-cases/list-victim-cases.query';

/** GET /victims, GET /victims/:victimId, GET /victims/:victimId/timeline (read models: victim-case-view, case-timeline). */
@Module({
  controllers: [VictimCaseController],
  providers: [GetVictimCaseHandler, GetCaseTimelineHandler, ListVictimCasesHandler],
})
export class VictimCaseQueriesModule {}
