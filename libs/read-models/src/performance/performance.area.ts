import { englandAndWalesCalendar } from '@vcs/domain';
import { ReadModelArea } from '../read-model-area';
import { CreatePerformanceFigures1765318000000 } from './migrations/1765318000000-create-performance-figures';
import { IndexPerformanceReferralsBySentence1765321000000 } from './migrations/1765321000000-index-performance-referrals-by-sentence';
import { PerformanceFiguresProjection } from './performance-figures.projection';

/** The figures behind the managers' charts: how each unit is doing against the Victims' Code (docs/performance.md). */
export const PERFORMANCE_AREA: ReadModelArea = {
  name: 'performance',
  entities: [],
  migrations: [CreatePerformanceFigures1765318000000, IndexPerformanceReferralsBySentence1765321000000],
  projections: (deps) => [new PerformanceFiguresProjection(englandAndWalesCalendar, deps.caseloadPolicy)],
};
