import { ReadModelArea } from '../read-model-area';

export const VICTIM_CASE_AREA: ReadModelArea = {
  name: 'victim-case',
  entities: [],
  migrations: [],
  projections: () => [],
};
