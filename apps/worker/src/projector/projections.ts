import { Projection, StreamCatalogueProjection } from '@vcs/read-models';

/** Every read model the worker keeps up to date, one projector each. */
export function registeredProjections(): Projection[] {
  return [new StreamCatalogueProjection()];
}
