import { IsoDate, londonDateOf, sentenceStreamId, WorkingDayCalendar } from '@vcs/domain';
import { EntityManager } from 'typeorm';
import type { SqlRunner } from '../parked-work';
import { recordedDomainEventOf } from '../recorded-domain-event';
import { HistoryReader, WorkingDayDeadlines } from '../working-day-deadlines';
import { CaseloadPolicy, DEFAULT_CASELOAD_POLICY } from '../caseload/caseload-task.rules';
import { contactDueOn, referralDueOn, sameWorkingDayDeadline } from './performance-figures.facts';

/** Which of the figures' working-day deadlines a key names: a table, its key column, its deadline column. */
const DEADLINES = {
  referral: { table: 'performance_referrals', key: 'victim_id', due: 'contact_due_on' },
  sentence: { table: 'performance_sentences', key: 'sentence_id', due: 'referral_due_on' },
  milestone: { table: 'performance_milestones', key: 'milestone_id', due: 'same_day_deadline' },
} as const;
type DeadlineKind = keyof typeof DEADLINES;
const KINDS = Object.keys(DEADLINES) as DeadlineKind[];

/**
 * The figures' deadlines counted again with a newer bank holiday list: first contact from the referral's received
 * day, "told the same working day" from the milestone's recorded time (both kept in the row), a sentence's referral
 * deadline from its SentenceRecorded (the history is the source). Every deadline is a fact, met or missed, so all of
 * them move, not only open ones: the rows stay those a rebuild with the newer list would write. A deadline before the
 * first day the lists disagree was counted over days both agree on, so only those on or after it are looked at.
 */
export class PerformanceDeadlines implements WorkingDayDeadlines {
  constructor(
    readonly calendar: WorkingDayCalendar,
    private readonly policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
  ) {}

  /** `referral:<victim id>`, `sentence:<sentence id>`, `milestone:<milestone id>`. */
  async candidates(runner: SqlRunner, since: IsoDate | null): Promise<string[]> {
    const rows: { key: string }[] = await runner.query(
      `${KINDS.map(
        (kind) => `SELECT '${kind}:' || ${DEADLINES[kind].key} AS key FROM ${DEADLINES[kind].table}
          WHERE ${DEADLINES[kind].due} IS NOT NULL AND ($1::date IS NULL OR ${DEADLINES[kind].due} >= $1::date)`,
      ).join(' UNION ALL ')} ORDER BY 1`,
      [since],
    );
    return rows.map((row) => row.key);
  }

  async redate(manager: EntityManager, keys: readonly string[], history: HistoryReader): Promise<number> {
    const ids = (kind: DeadlineKind): string[] =>
      keys.filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
    const referrals: { id: string; received_on: IsoDate }[] = await manager.query(
      `SELECT victim_id AS id, to_char(received_on, 'YYYY-MM-DD') AS received_on FROM performance_referrals
        WHERE victim_id = ANY($1::uuid[])`,
      [ids('referral')],
    );
    const milestones: { id: string; recorded_at: Date }[] = await manager.query(
      'SELECT milestone_id AS id, recorded_at FROM performance_milestones WHERE milestone_id = ANY($1::uuid[])',
      [ids('milestone')],
    );
    const sentences: [string, IsoDate | null][] = [];
    for (const sentenceId of ids('sentence')) {
      // The row holds what the last SentenceRecorded said, as the projection upserts it.
      const recorded = (await history.readStream(sentenceStreamId(sentenceId)))
        .map((event) => recordedDomainEventOf(event))
        .filter((event) => event.type === 'SentenceRecorded')
        .at(-1);
      if (recorded) sentences.push([sentenceId, referralDueOn(recorded.data, this.calendar, this.policy)]);
    }
    return (
      (await setDeadlines(
        manager,
        'referral',
        referrals.map((row) => [row.id, contactDueOn(row.received_on, this.calendar)]),
      )) +
      (await setDeadlines(
        manager,
        'milestone',
        milestones.map((row) => [
          row.id,
          sameWorkingDayDeadline(londonDateOf(row.recorded_at.toISOString()), this.calendar),
        ]),
      )) +
      (await setDeadlines(manager, 'sentence', sentences))
    );
  }
}

/** Writes the deadlines that differ from those stored; answers how many did. */
async function setDeadlines(
  manager: EntityManager,
  kind: DeadlineKind,
  deadlines: readonly (readonly [string, IsoDate | null])[],
): Promise<number> {
  if (deadlines.length === 0) return 0;
  const { table, key, due } = DEADLINES[kind];
  // TypeORM answers an UPDATE with `[rows, how many it changed]`.
  const [, changed]: [unknown[], number] = await manager.query(
    `UPDATE ${table} AS t SET ${due} = d.due
       FROM unnest($1::uuid[], $2::date[]) AS d(id, due)
      WHERE t.${key} = d.id AND t.${due} IS DISTINCT FROM d.due`,
    [deadlines.map(([id]) => id), deadlines.map(([, date]) => date)],
  );
  return changed;
}
