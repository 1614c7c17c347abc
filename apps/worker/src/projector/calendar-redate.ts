import { firstDayCalendarsDiffer } from '@vcs/domain';
import { EventStore, GlobalPosition } from '@vcs/event-store';
import { Projection, recordCalendar, recordedCalendar, recordedCalendarVersion } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { lockCheckpoint } from './checkpoint-store';
import type { ProjectorLog } from './projector';

/** Cases (or sentences) re-dated per transaction: the live batches wait for one chunk, never for the whole pass. */
export const REDATE_CHUNK = 500;

/**
 * When a newer published bank holiday list is deployed, a read model's stored deadlines that rested on days the lists
 * disagree on (projected days the new list publishes differently, a one-off day added to a year already published)
 * must move, without an operator rebuilding anything. Run by the projection's active projector before it subscribes:
 *
 * - the list its rows were counted with is recorded (`read_model_calendars`); the same version: nothing to do;
 * - none recorded and nothing projected yet: this list is recorded (the rows will be counted with it);
 * - none recorded but rows exist (they predate the record): every stored open deadline is counted again;
 * - another list: the open deadlines on or after the first day the two lists disagree are counted again (none when
 *   the new list only publishes what the pattern projected).
 *
 * Each chunk runs under the projection's checkpoint lock, so it never interleaves with a live batch; the list is
 * recorded once every chunk is done (an interrupted pass is done again, whole, at the next start: it is idempotent).
 */
export async function redateIfCalendarChanged(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  position: GlobalPosition | undefined,
  log: ProjectorLog,
): Promise<void> {
  const deadlines = projection.workingDayDeadlines;
  if (!deadlines) return;
  const { calendar } = deadlines;
  if ((await recordedCalendarVersion(dataSource, projection.name)) === calendar.version) return;
  const recorded = await recordedCalendar(dataSource, projection.name);
  if (!recorded && position === undefined) return recordCalendar(dataSource, projection.name, calendar);
  const since = recorded ? firstDayCalendarsDiffer(recorded, calendar) : null;
  if (since === undefined) return recordCalendar(dataSource, projection.name, calendar);
  const keys = await deadlines.candidates(dataSource, since);
  let moved = 0;
  for (let start = 0; start < keys.length; start += REDATE_CHUNK) {
    await dataSource.transaction(async (manager) => {
      await lockCheckpoint(manager, projection.name);
      moved += await deadlines.redate(manager, keys.slice(start, start + REDATE_CHUNK), store);
    });
  }
  await recordCalendar(dataSource, projection.name, calendar);
  log.info(
    {
      projection: projection.name,
      calendarVersion: calendar.version,
      previousCalendarVersion: recorded?.version ?? null,
      since,
      looked: keys.length,
      moved,
    },
    'open deadlines counted again with a newer bank holiday list',
  );
}
