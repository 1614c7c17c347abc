import { Module } from '@nestjs/common';
import { AccessAuditController } from './access-audit/access-audit.controller';
import { CaseloadQueriesModule } from './caseload/caseload-queries.module';
import { SentencePartnerQueriesModule } from './sentence-partner/sentence-partner-queries.module';
import { PerformanceQueriesModule } from './performance/performance-queries.module';
import { OutboxQueriesModule } from './outbox/outbox-queries.module';
import { QueriesSharedModule } from './shared/queries-shared.module';
import { VictimCaseQueriesModule } from './victim-case/victim-case-queries.module';

/** The read side over HTTP: every route reads read models only, and every read of victim data is audited. */
@Module({
  imports: [
    QueriesSharedModule,
    VictimCaseQueriesModule,
    SentencePartnerQueriesModule,
    CaseloadQueriesModule,
    OutboxQueriesModule,
    PerformanceQueriesModule,
  ],
  controllers: [AccessAuditController],
})
export class QueriesModule {}
