import { Module } from '@nestjs/common';
import { DecideRetentionController } from './decide-retention/decide-retention.controller';
import { DecideRetentionHandler } from './decide-retention/decide-retention.handler';
import { ErasePersonalDataController } from './erase-personal-data/erase-personal-data.controller';
import { ErasePersonalDataHandler } from './erase-personal-data/erase-personal-data.handler';
import { ListRetentionReviewsHandler } from './retention-reviews/list-retention-reviews.query';
import { RetentionReviewsController } from './retention-reviews/retention-reviews.controller';
import { PrivacyAudit } from './shared/privacy-audit';
import { PurposeGuard } from './shared/purpose.guard';
import { SubjectAccessController } from './subject-access/subject-access.controller';
import { SubjectAccessExporter } from './subject-access/subject-access.exporter';
import { VictimRecordController } from './victim-record/victim-record.controller';
import { GetVictimRecordHandler } from './victim-record/victim-record.query';

/**
 * Privacy for administrators (docs/privacy.md): erasure by crypto-shredding, retention reviews and decisions, and
 * subject access exports. Every route is ADMIN only and needs X-Purpose. Uses the global command runner
 * (SharedCommandsModule), the access audit and read-model freshness (QueriesSharedModule) and the key store (PlatformModule).
 */
@Module({
  controllers: [
    ErasePersonalDataController,
    DecideRetentionController,
    RetentionReviewsController,
    SubjectAccessController,
    VictimRecordController,
  ],
  providers: [
    PurposeGuard,
    PrivacyAudit,
    ErasePersonalDataHandler,
    DecideRetentionHandler,
    ListRetentionReviewsHandler,
    SubjectAccessExporter,
    GetVictimRecordHandler,
  ],
})
export class PrivacyModule {}
