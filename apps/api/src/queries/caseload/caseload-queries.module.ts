import { Module } from '@nestjs/common';
import { CaseloadController } from './caseload.controller';
import { GetCaseloadSummaryHandler, GetCaseloadTasksHandler } from './caseload.queries';

/** Caseload and deadlines for VLOs and their managers (read model: libs/read-models/src/caseload). */
@Module({ controllers: [CaseloadController], providers: [GetCaseloadTasksHandler, GetCaseloadSummaryHandler] })
export class CaseloadQueriesModule {}
