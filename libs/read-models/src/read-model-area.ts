import { DataKeySource } from '@vcs/security';
import { MigrationInterface } from 'typeorm';
import { Projection } from './projection';
import type { CaseloadPolicy } from './caseload/caseload-task.rules';

type Constructor<T> = new (...args: never[]) => T;

/** One read model area (e.g. victim case view): its TypeORM entities, its migrations and its projections. */
export interface ReadModelArea {
  readonly name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes entity classes as Function
  readonly entities: readonly Function[];
  readonly migrations: readonly Constructor<MigrationInterface>[];
  /** New instances each call; `deps` gives projections what they need beyond the event. */
  projections(deps: ProjectionDependencies): Projection[];
}

/** What projections may need besides events: configuration, and the victims' data keys (read, never created). */
export interface ProjectionDependencies {
  /** Keyed hash for the pseudonymous victim references partners see (see `pseudonymousVictimReference`). */
  readonly pseudonymKey: string;
  /** The victims' data keys, to seal personal data in read-model rows (`sealerFor`, docs/privacy.md "At rest"). */
  readonly dataKeys: DataKeySource;
  /** The caseload's configurable figures (the worker's settings); the documented defaults when absent. */
  readonly caseloadPolicy?: CaseloadPolicy;
}
