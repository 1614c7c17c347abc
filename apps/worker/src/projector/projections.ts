import { allProjections, Projection } from '@vcs/read-models';

/** Every read model the worker keeps up to date, one projector each (registered by area in libs/read-models). */
export function registeredProjections(): Projection[] {
  return allProjections();
}
