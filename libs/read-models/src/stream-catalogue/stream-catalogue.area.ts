import { ReadModelArea } from '../read-model-area';
import { StreamCatalogueEntry } from './stream-catalogue.entity';
import { StreamCatalogueProjection } from './stream-catalogue.projection';

export const STREAM_CATALOGUE_AREA: ReadModelArea = {
  name: 'stream-catalogue',
  entities: [StreamCatalogueEntry],
  migrations: [],
  projections: () => [new StreamCatalogueProjection()],
};
