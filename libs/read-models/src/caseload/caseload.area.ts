import { englandAndWalesCalendar } from '@vcs/domain';
import { ReadModelArea } from '../read-model-area';
import { CaseloadSentence, CaseloadTask, CaseloadVictim } from './caseload.entities';
import { CaseloadTasksProjection } from './caseload-tasks.projection';
import { CreateCaseload1763903000000 } from './migrations/1763903000000-create-caseload';
import { CaseloadNotificationTasks1763908300000 } from './migrations/1763908300000-caseload-notification-tasks';
import { CaseloadOpenTaskSummaryIndex1763909000000 } from './migrations/1763909000000-caseload-open-task-summary-index';
import { CaseloadReoffers1765319000000 } from './migrations/1765319000000-caseload-reoffers';
import { CaseloadSentenceFacts1765320000000 } from './migrations/1765320000000-caseload-sentence-facts';
import { CaseloadCaseUnit1765410000000 } from './migrations/1765410000000-caseload-case-unit';
import { CaseloadOpenCasesIndex1765510000000 } from './migrations/1765510000000-caseload-open-cases-index';
import { CaseloadComingOfAge1765517170000 } from './migrations/1765517170000-caseload-coming-of-age';
import { CaseloadCaseClosed1765530000000 } from './migrations/1765530000000-caseload-case-closed';

/** Caseload and deadlines: tasks per VLO and region, open cases, what is due and overdue (docs/read-models/caseload.md). */
export const CASELOAD_AREA: ReadModelArea = {
  name: 'caseload',
  entities: [CaseloadTask, CaseloadVictim, CaseloadSentence],
  migrations: [
    CreateCaseload1763903000000,
    CaseloadNotificationTasks1763908300000,
    CaseloadOpenTaskSummaryIndex1763909000000,
    CaseloadReoffers1765319000000,
    CaseloadSentenceFacts1765320000000,
    CaseloadCaseUnit1765410000000,
    CaseloadOpenCasesIndex1765510000000,
    CaseloadComingOfAge1765517170000,
    CaseloadCaseClosed1765530000000,
  ],
  projections: (deps) => [new CaseloadTasksProjection(englandAndWalesCalendar, deps.caseloadPolicy)],
};
