import { ReadModelArea } from '../read-model-area';

export const SENTENCE_PARTNER_AREA: ReadModelArea = {
  name: 'sentence-partner',
  entities: [],
  migrations: [],
  projections: () => [],
};
