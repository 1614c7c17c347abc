import {
  SentenceMilestoneReached,
  SentenceRecorded,
  sentenceFactsFrom,
  sentenceStreamId,
  WorkingDayCalendar,
} from '@vcs/domain';
import { EntityManager } from 'typeorm';
import { writeRows } from '../batch-sql';
import type { SqlRunner } from '../parked-work';
import { HistoryReader, WorkingDayDeadlines } from '../working-day-deadlines';
import { loadTasks, loadVictims, TASK_COLUMNS, taskValues } from './caseload-rows';
import { TaskTable } from './caseload-task-table';
import {
  CaseloadPolicy,
  DEFAULT_CASELOAD_POLICY,
  desiredVictimTasks,
  lenientCalendar,
  missedReferralTask,
} from './caseload-task.rules';

const MISSED_REFERRAL = 'missed-referral:';

/**
 * The caseload's open deadlines counted again with a newer bank holiday list: a victim's tasks from the facts the
 * projection keeps (caseload_victims), a sentence's missed-referral task from its SentenceRecorded and any activation (the
 * history is the source). Only open tasks move; a done task keeps the deadline it had when it was done. The set of
 * tasks never changes with the calendar, only their dates.
 */
export class CaseloadDeadlines implements WorkingDayDeadlines {
  private readonly lenient: WorkingDayCalendar;

  constructor(
    readonly calendar: WorkingDayCalendar,
    private readonly policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
  ) {
    this.lenient = lenientCalendar(calendar);
  }

  /** Victim ids, and `missed-referral:<sentence id>` for a sentence's task. */
  async candidates(runner: SqlRunner, since: string | null): Promise<string[]> {
    const rows: { key: string }[] = await runner.query(
      `SELECT DISTINCT COALESCE(victim_id, task_id) AS key FROM caseload_tasks
        WHERE done_at IS NULL AND due_on IS NOT NULL AND ($1::date IS NULL OR due_on >= $1::date)
          AND (victim_id IS NOT NULL OR kind = 'missed-referral')
        ORDER BY 1`,
      [since],
    );
    return rows.map((row) => row.key);
  }

  async redate(manager: EntityManager, keys: readonly string[], history: HistoryReader): Promise<number> {
    const sentenceIds = keys.filter((k) => k.startsWith(MISSED_REFERRAL)).map((k) => k.slice(MISSED_REFERRAL.length));
    const victimIds = keys.filter((k) => !k.startsWith(MISSED_REFERRAL));
    const victims = await loadVictims(victimIds, manager);
    const tasks = new TaskTable(await loadTasks(victimIds, sentenceIds, manager));
    let moved = 0;
    for (const victim of victims.values())
      for (const task of desiredVictimTasks(victim, this.lenient, this.policy).values())
        if (tasks.redateOpen(task)) moved++;
    for (const sentenceId of sentenceIds) {
      const stream = await history.readStream(sentenceStreamId(sentenceId));
      const recorded = stream.find((event) => event.type === 'SentenceRecorded');
      if (!recorded) continue;
      const facts = sentenceFactsFrom(recorded.data as SentenceRecorded['data']);
      // A suspended sentence's task counts from its activation (issue 17), as the projection raised it.
      const activation = stream.find(
        (event) =>
          event.type === 'SentenceMilestoneReached' &&
          (event.data as SentenceMilestoneReached['data']).kind === 'suspended-sentence-activated',
      );
      const task = missedReferralTask(
        activation
          ? {
              ...facts,
              suspendedSentenceActivated: true,
              suspendedSentenceActivatedOn: (activation.data as SentenceMilestoneReached['data']).date,
            }
          : facts,
        this.lenient,
        this.policy,
      );
      if (task && tasks.redateOpen(task)) moved++;
    }
    await writeRows(manager, {
      table: 'caseload_tasks',
      columns: TASK_COLUMNS,
      rows: tasks.changed().map(taskValues),
      onConflict: { update: ['task_id'] },
    });
    return moved;
  }
}
