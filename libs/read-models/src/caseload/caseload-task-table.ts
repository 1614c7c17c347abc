import { DesiredTask } from './caseload-task.rules';

/** One row of caseload_tasks, as the projection holds it between loading and writing a batch. */
export interface TaskRow {
  taskId: string;
  kind: string;
  victimId: string | null;
  sentenceId: string;
  contactId: string | null;
  vloId: string | null;
  region: string | null;
  /** The unit holding the case (a region-level task: its region); the caseload's unit filter reads it. */
  unit: string | null;
  dueOn: string | null;
  dueDateProblem: string | null;
  openedAt: Date;
  reopenedAt: Date | null;
  doneAt: Date | null;
  closedBecause: string | null;
  description: string;
  rule: string;
}

/** Who holds a task: the officer, the sentence's region and the unit holding the case. */
export interface TaskOwner {
  readonly vloId: string | null;
  readonly region: string | null;
  readonly unit: string | null;
}

/**
 * The caseload_tasks rows a batch touches, changed in memory exactly as the per-event SQL statements would change
 * them (open or reopen, update a due date, close, move to another officer), then written once. Holds every task of
 * the batch's victims and the batch's missed-referral tasks, so each statement's WHERE clause sees all its rows.
 */
export class TaskTable {
  private readonly rows = new Map<string, TaskRow>();
  private readonly byVictim = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();

  constructor(loaded: readonly TaskRow[]) {
    for (const row of loaded) this.add(row);
  }

  /** INSERT … ON CONFLICT (task_id) DO UPDATE … WHERE t.done_at IS NOT NULL: new, or reopened when closed; an open task stays as it is. */
  open(task: DesiredTask, owner: TaskOwner, at: Date): void {
    const row = this.rows.get(task.taskId);
    if (!row) {
      this.add({
        taskId: task.taskId,
        kind: task.kind,
        victimId: task.victimId,
        sentenceId: task.sentenceId,
        contactId: task.contactId,
        vloId: task.assignee ?? owner.vloId,
        region: owner.region,
        unit: owner.unit,
        dueOn: task.dueOn,
        dueDateProblem: task.dueDateProblem,
        openedAt: at,
        reopenedAt: null,
        doneAt: null,
        closedBecause: null,
        description: task.description,
        rule: task.rule,
      });
      this.dirty.add(task.taskId);
      return;
    }
    if (row.doneAt === null) return;
    Object.assign(row, {
      vloId: task.assignee ?? owner.vloId,
      region: owner.region,
      unit: owner.unit,
      dueOn: task.dueOn,
      dueDateProblem: task.dueDateProblem,
      description: task.description,
      rule: task.rule,
      reopenedAt: at,
      doneAt: null,
      closedBecause: null,
    });
    this.dirty.add(task.taskId);
  }

  /** UPDATE … SET due_on, due_date_problem, description, rule WHERE task_id = $1 (open or not). */
  redate(task: DesiredTask): void {
    const row = this.rows.get(task.taskId);
    if (!row) return;
    Object.assign(row, {
      dueOn: task.dueOn,
      dueDateProblem: task.dueDateProblem,
      description: task.description,
      rule: task.rule,
    });
    this.dirty.add(task.taskId);
  }

  /**
   * An open task's deadline counted again (a newer bank holiday list): UPDATE … WHERE task_id = $1 AND done_at IS NULL
   * AND its due date differs. Answers whether it moved.
   */
  redateOpen(task: DesiredTask): boolean {
    const row = this.rows.get(task.taskId);
    if (!row || row.doneAt !== null) return false;
    if (row.dueOn === task.dueOn && row.dueDateProblem === task.dueDateProblem) return false;
    this.redate(task);
    return true;
  }

  /** UPDATE … SET done_at, closed_because WHERE task_id = ANY($1) AND done_at IS NULL. */
  close(taskIds: Iterable<string>, at: Date, because: string): void {
    for (const taskId of taskIds) {
      const row = this.rows.get(taskId);
      if (row) this.closeRow(row, at, because);
    }
  }

  /** UPDATE … WHERE victim_id = $1 AND done_at IS NULL [AND kind = ANY(kinds)]. */
  closeVictimTasks(victimId: string, at: Date, because: string, kinds: readonly string[] | null): void {
    for (const row of this.ofVictim(victimId))
      if (kinds === null || kinds.includes(row.kind)) this.closeRow(row, at, because);
  }

  /** UPDATE … SET vlo_id = $2 WHERE victim_id = $1 AND done_at IS NULL AND kind <> $3. */
  moveOpenTasks(victimId: string, vloId: string | null, exceptKind: string): void {
    for (const row of this.ofVictim(victimId)) {
      if (row.doneAt !== null || row.kind === exceptKind) continue;
      row.vloId = vloId;
      this.dirty.add(row.taskId);
    }
  }

  /** The case moved to another unit: UPDATE … SET unit = $2 WHERE victim_id = $1 (open and done alike, as `case_units`). */
  moveToUnit(victimId: string, unit: string): void {
    for (const row of this.ofVictim(victimId)) {
      if (row.unit === unit) continue;
      row.unit = unit;
      this.dirty.add(row.taskId);
    }
  }

  /** The rows changed since loading, in the order they were first changed. */
  changed(): TaskRow[] {
    return [...this.dirty].map((taskId) => this.rows.get(taskId) as TaskRow);
  }

  private closeRow(row: TaskRow, at: Date, because: string): void {
    if (row.doneAt !== null) return;
    row.doneAt = at;
    row.closedBecause = because;
    this.dirty.add(row.taskId);
  }

  private ofVictim(victimId: string): TaskRow[] {
    return [...(this.byVictim.get(victimId) ?? [])].map((taskId) => this.rows.get(taskId) as TaskRow);
  }

  private add(row: TaskRow): void {
    this.rows.set(row.taskId, row);
    if (row.victimId === null) return;
    const tasks = this.byVictim.get(row.victimId) ?? new Set<string>();
    tasks.add(row.taskId);
    this.byVictim.set(row.victimId, tasks);
  }
}
