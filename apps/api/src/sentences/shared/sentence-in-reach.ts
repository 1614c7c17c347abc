import { Inject, Injectable } from '@nestjs/common';
import { AccessScope, NotFound, sentenceStreamId } from '@vcs/domain';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { DataSource } from 'typeorm';
import { victimInScope } from '../../queries/shared/access-scope.sql';

/**
 * Before a command changes a sentence: the caller must reach it, as its queries decide (docs/privacy.md). A sentence
 * of their units' probation regions is theirs (read from the sentence's own first event); otherwise one of its
 * victims must be theirs or opened to them by a live grant (the unit and sentence read models). Anything else is
 * refused exactly as a sentence that does not exist.
 */
@Injectable()
export class SentenceInReach {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  async assert(sentenceId: string, scope: AccessScope | undefined): Promise<void> {
    if (!scope || scope.national) return;
    const [recorded] = await this.store.readStream(sentenceStreamId(sentenceId), { fromRevision: 0n, maxCount: 1 });
    // An unknown sentence: the decider answers sentence-not-found itself.
    if (!recorded) return;
    const region = (recorded.data as { probationRegion?: unknown }).probationRegion;
    if (typeof region === 'string' && scope.units.includes(region)) return;
    const values: unknown[] = [sentenceId];
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM sentence_view_victims linked WHERE linked.sentence_id = $1::uuid AND ${victimInScope(scope, 'linked.victim_id', values)} LIMIT 1`,
      values,
    );
    if (rows.length === 0) throw new NotFound('sentence-not-found', `No sentence ${sentenceId} is recorded.`);
  }
}
