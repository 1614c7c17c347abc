import { Module } from '@nestjs/common';
import { CaseloadController } from './caseload.controller';
import { GetCaseloadSummaryHandler } from './caseload-summary/caseload-summary.query';
import { GetCaseloadTasksHandler } from './caseload-tasks/caseload-tasks.query';
import { GetAdminCaseloadTasksHandler } from './caseload-tasks/admin-caseload-tasks.query';

/**
 * Caseload and deadlines for VLOs and their managers (read model: libs/read-models/src/caseload), and administrators'
 * parked-work tasks (`parked_work_tasks`).
 */
@Module({
  controllers: [CaseloadController],
  providers: [GetCaseloadTasksHandler, GetAdminCaseloadTasksHandler, GetCaseloadSummaryHandler],
})
export class CaseloadQueriesModule {}
