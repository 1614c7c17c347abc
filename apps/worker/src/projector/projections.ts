import { Environment } from '@vcs/config';
import { allProjections, Projection } from '@vcs/read-models';
import { DataKeySource } from '@vcs/security';

/** Every read model the worker keeps up to date, one projector each (registered by area in libs/read-models). */
export function registeredProjections(env: Pick<Environment, 'PSEUDONYM_KEY'>, dataKeys: DataKeySource): Projection[] {
  return allProjections({ pseudonymKey: env.PSEUDONYM_KEY, dataKeys });
}
