import { ReadModelArea } from '../read-model-area';

export const CASELOAD_AREA: ReadModelArea = {
  name: 'caseload',
  entities: [],
  migrations: [],
  projections: () => [],
};
