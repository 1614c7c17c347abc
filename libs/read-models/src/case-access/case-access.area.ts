import { ReadModelArea } from '../read-model-area';
import { CaseAccessProjection } from './case-access.projection';
import { CreateCaseAccess1763913100000 } from './migrations/1763913100000-create-case-access';

/** Units and cross-unit grants: the scope every victim query is filtered by (docs/privacy.md). */
export const CASE_ACCESS_AREA: ReadModelArea = {
  name: 'case-access',
  entities: [],
  migrations: [CreateCaseAccess1763913100000],
  projections: () => [new CaseAccessProjection()],
};
