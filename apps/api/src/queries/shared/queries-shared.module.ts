import { Global, Module } from '@nestjs/common';
import { AccessAudit, AuditedReadInterceptor } from '@vcs/security';
import { DataSource } from 'typeorm';
import { ReadModelFreshness } from './read-model-freshness';
import { VictimInScopeInterceptor } from './victim-in-scope';

/** What every query route uses: the access audit and read-your-writes. */
@Global()
@Module({
  providers: [
    { provide: AccessAudit, inject: [DataSource], useFactory: (dataSource: DataSource) => new AccessAudit(dataSource) },
    AuditedReadInterceptor,
    ReadModelFreshness,
    VictimInScopeInterceptor,
  ],
  exports: [AccessAudit, AuditedReadInterceptor, ReadModelFreshness, VictimInScopeInterceptor],
})
export class QueriesSharedModule {}
