import { Module } from '@nestjs/common';
import { CaseloadController } from './caseload.controller';
import { GetCaseloadSummaryHandler } from './caseload-summary/caseload-summary.query';
import { GetCaseloadTasksHandler } from './caseload-tasks/caseload-tasks.query';

/** Caseload and deadlines for VLOs and their managers (read model: libs/read-models/src/caseload). */
@Module({ controllers: [CaseloadController], providers: [GetCaseloadTasksHandler, GetCaseloadSummaryHandler] })
export class CaseloadQueriesModule {}
