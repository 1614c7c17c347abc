import { Module } from '@nestjs/common';
import { AccessAuditController } from './access-audit/access-audit.controller';
import { QueriesSharedModule } from './shared/queries-shared.module';

/** The read side over HTTP: every route reads read models only, and every read of victim data is audited. */
@Module({
  imports: [QueriesSharedModule],
  controllers: [AccessAuditController],
})
export class QueriesModule {}
