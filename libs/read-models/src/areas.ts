import { ProjectionDependencies, ReadModelArea } from './read-model-area';
import { STREAM_CATALOGUE_AREA } from './stream-catalogue/stream-catalogue.area';

/** Every read model area. Adding an area here registers its entities, migrations and projections everywhere. */
export const READ_MODEL_AREAS: readonly ReadModelArea[] = [STREAM_CATALOGUE_AREA];

/** Every projection the worker runs, one projector each. */
export function allProjections(deps: ProjectionDependencies) {
  return READ_MODEL_AREAS.flatMap((area) => area.projections(deps));
}
