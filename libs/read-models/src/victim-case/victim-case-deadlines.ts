import { WorkingDayCalendar } from '@vcs/domain';
import { DataKeySource, sealerForMany } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { writeRows } from '../batch-sql';
import type { SqlRunner } from '../parked-work';
import { WorkingDayDeadlines } from '../working-day-deadlines';
import { CaseTaskRow, withOpenTasks } from './victim-case.evolve';
import { CASE_COLUMNS, columnValues, loadCases } from './victim-case-rows';

/**
 * The case view's open tasks counted again with a newer bank holiday list: they are worked out from the row's own
 * facts on every write (`withOpenTasks`), so a case is simply worked out again; only rows whose tasks changed are
 * written, and their revision and `updatedAt` stay (no event happened).
 */
export class CaseViewDeadlines implements WorkingDayDeadlines {
  constructor(
    readonly calendar: WorkingDayCalendar,
    private readonly dataKeys: DataKeySource,
  ) {}

  /** Victim ids of the cases with an open task due on or after `since`. */
  async candidates(runner: SqlRunner, since: string | null): Promise<string[]> {
    const rows: { victim_id: string }[] = await runner.query(
      `SELECT victim_id::text FROM victim_case_view v
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(v.tasks) AS t(task)
                       WHERE t.task->>'dueOn' IS NOT NULL AND ($1::text IS NULL OR t.task->>'dueOn' >= $1::text))
        ORDER BY 1`,
      [since],
    );
    return rows.map((row) => row.victim_id);
  }

  async redate(manager: EntityManager, keys: readonly string[]): Promise<number> {
    const changed = [];
    for (const row of (await loadCases([...keys], manager, this.dataKeys)).values()) {
      const before = row.tasks;
      if (!sameTasks(before, withOpenTasks(row, this.calendar).tasks)) changed.push(row);
    }
    const seal = await sealerForMany(
      this.dataKeys,
      changed.map((row) => row.victimId),
    );
    await writeRows(manager, {
      table: 'victim_case_view',
      columns: CASE_COLUMNS,
      rows: changed.map((row) => columnValues(row, seal)),
      onConflict: { update: ['victim_id'] },
    });
    return changed.length;
  }
}

/** Field by field: a stored task comes back from jsonb with its keys in another order. */
function sameTasks(a: readonly CaseTaskRow[], b: readonly CaseTaskRow[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (task, i) =>
        task.kind === b[i].kind &&
        task.sentenceId === b[i].sentenceId &&
        task.from === b[i].from &&
        task.dueOn === b[i].dueOn &&
        task.rule === b[i].rule &&
        task.contactId === b[i].contactId,
    )
  );
}
