import { Module } from '@nestjs/common';
import { AccessGrantsController } from './queries/access-grants.controller';
import { GrantCaseAccessController } from './grant-case-access/grant-case-access.controller';
import { GrantCaseAccessHandler } from './grant-case-access/grant-case-access.handler';
import {
  RevokeCaseAccessController,
  RevokeCaseAccessHandler,
} from './revoke-case-access/revoke-case-access.controller';
import { TransferCaseController } from './transfer-case/transfer-case.controller';
import { TransferCaseHandler } from './transfer-case/transfer-case.handler';

/** Which unit holds a case, transfers between units, and time-limited cross-unit grants (docs/privacy.md). */
@Module({
  controllers: [TransferCaseController, GrantCaseAccessController, RevokeCaseAccessController, AccessGrantsController],
  providers: [TransferCaseHandler, GrantCaseAccessHandler, RevokeCaseAccessHandler],
})
export class CaseAccessModule {}
