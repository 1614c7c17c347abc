import { Module } from '@nestjs/common';
import { ERASURE_PARTICIPANTS, erasureParticipants } from './erasure-participants';
import { RetentionService } from './retention.service';

/**
 * Retention and erasure in the worker (docs/privacy.md): the erasure completion and the scheduled retention job.
 * Needs PlatformModule (global): DataSource, EVENT_STORE, VictimDataKeyStore, ENVIRONMENT, LOGGER.
 */
@Module({
  providers: [{ provide: ERASURE_PARTICIPANTS, useFactory: erasureParticipants }, RetentionService],
  exports: [RetentionService],
})
export class RetentionModule {}
