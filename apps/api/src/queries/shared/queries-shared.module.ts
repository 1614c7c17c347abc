import { Global, Module } from '@nestjs/common';
import { AccessAudit, AuditedReadInterceptor } from '@vcs/security';
import { DataSource } from 'typeorm';
import { ReadModelFreshness } from './read-model-freshness';

/** What every query route uses: the access audit and read-your-writes. */
@Global()
@Module({
  providers: [{ provide: AccessAudit, inject: [DataSource], useFactory: (dataSource: DataSource) => new AccessAudit(dataSource) }, AuditedReadInterceptor, ReadModelFreshness],
  exports: [AccessAudit, AuditedReadInterceptor, ReadModelFreshness],
})
export class QueriesSharedModule {}
