import { victimStreamId } from '@vcs/domain';
import { EventStore } from '@vcs/event-store';
import { ItemFailure, MicroBatch, MicroBatchOptions } from './micro-batch';
import { loadVictim, victimOf } from './victim-history';

type LoadedVictim = NonNullable<ReturnType<typeof victimOf>>;

/**
 * The victims of concurrent delivery jobs, read together: one query for all their streams and one data-key lookup for
 * all their personal data (readStreams), instead of a query and a key lookup per job.
 */
export class VictimLoads {
  private readonly batch: MicroBatch<string, LoadedVictim | undefined>;

  constructor(
    private readonly store: EventStore,
    options: MicroBatchOptions,
  ) {
    this.batch = new MicroBatch((victimIds) => this.readMany(victimIds), options);
  }

  load(victimId: string): Promise<LoadedVictim | undefined> {
    return this.batch.run(victimId);
  }

  private async readMany(victimIds: readonly string[]): Promise<(LoadedVictim | undefined | ItemFailure)[]> {
    let streams;
    try {
      streams = await this.store.readStreams(victimIds.map(victimStreamId));
    } catch {
      // One history that cannot be read (or opened) must not fail the other jobs: each is read on its own instead.
      return Promise.all(
        victimIds.map((victimId) => loadVictim(this.store, victimId).catch((error: unknown) => new ItemFailure(error))),
      );
    }
    return victimIds.map((victimId) => victimOf(streams.get(victimStreamId(victimId)) ?? []));
  }
}
