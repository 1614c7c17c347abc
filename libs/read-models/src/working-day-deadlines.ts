import { BankHolidayData, createWorkingDayCalendar, IsoDate, WorkingDayCalendar } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import type { SqlRunner } from './parked-work';

/** What a re-dating pass reads besides the read model's own tables: a stream of the history, whole. */
export interface HistoryReader {
  readStream(streamId: string): Promise<RecordedEvent[]>;
}

/**
 * A read model whose stored deadlines are counted in England and Wales working days. The calendar's published list
 * ends (today: 2027) and beyond it the bank holidays are projected from the statutory pattern, so a newer list can
 * move a deadline already stored. When the projector finds the rows were counted with another list, it asks for the
 * cases (or sentences) with an open deadline from the first day the lists disagree, and has `redate` count theirs
 * again with `calendar`, a chunk at a time under the projection's checkpoint lock
 * (apps/worker/src/projector/calendar-redate.ts).
 */
export interface WorkingDayDeadlines {
  readonly calendar: WorkingDayCalendar;
  /** Keys of the cases (or sentences) with a stored open deadline on or after `since` (null: any), in order. */
  candidates(runner: SqlRunner, since: IsoDate | null): Promise<string[]>;
  /** Counts again, with `calendar`, the stored open deadlines of these keys; answers how many moved. */
  redate(manager: EntityManager, keys: readonly string[], history: HistoryReader): Promise<number>;
}

/** The list a projection's stored deadlines were counted with, or undefined when none was recorded yet. */
export async function recordedCalendar(runner: SqlRunner, projection: string): Promise<WorkingDayCalendar | undefined> {
  const rows: { calendar: BankHolidayData }[] = await runner.query(
    'SELECT calendar FROM read_model_calendars WHERE projection = $1',
    [projection],
  );
  return rows[0] ? createWorkingDayCalendar(rows[0].calendar) : undefined;
}

/** Notes that the projection's stored deadlines are now counted with this calendar's list. */
export async function recordCalendar(
  runner: SqlRunner,
  projection: string,
  calendar: WorkingDayCalendar,
): Promise<void> {
  await runner.query(
    `INSERT INTO read_model_calendars (projection, calendar_version, calendar) VALUES ($1, $2, $3)
     ON CONFLICT (projection) DO UPDATE SET calendar_version = EXCLUDED.calendar_version, calendar = EXCLUDED.calendar,
       recorded_at = now()`,
    [projection, calendar.version, JSON.stringify(calendar.list)],
  );
}

/** The version recorded for the projection, without building the calendar. */
export async function recordedCalendarVersion(runner: SqlRunner, projection: string): Promise<string | undefined> {
  const rows: { calendar_version: string }[] = await runner.query(
    'SELECT calendar_version FROM read_model_calendars WHERE projection = $1',
    [projection],
  );
  return rows[0]?.calendar_version;
}
