import { allProjections } from '../../areas';
import { Projection } from '../../projection';
import { ProjectionDependencies } from '../../read-model-area';
import { CaseTimelineProjection } from './case-timeline.per-event';
import { CaseloadTasksProjection } from './caseload-tasks.per-event';
import { InterAgencyMeetingsProjection } from './inter-agency-meetings.per-event';
import { LettersProjection } from './letters.per-event';
import { NotificationScheduleProjection } from './notification-schedule.per-event';
import { SentenceViewProjection } from './sentence-view.per-event';
import { StreamCatalogueProjection } from './stream-catalogue.per-event';
import { VictimCaseViewProjection } from './victim-case-view.per-event';

const PER_EVENT: Record<string, () => Projection> = {
  'stream-catalogue': () => new StreamCatalogueProjection(),
  'victim-case-view': () => new VictimCaseViewProjection(),
  'case-timeline': () => new CaseTimelineProjection(),
  'caseload-tasks': () => new CaseloadTasksProjection(),
  letters: () => new LettersProjection(),
  'notification-schedule': () => new NotificationScheduleProjection(),
};
const PER_EVENT_WITH_DEPS: Record<string, (deps: ProjectionDependencies) => Projection> = {
  'sentence-view': (deps) => new SentenceViewProjection(deps),
  'inter-agency-meetings': (deps) => new InterAgencyMeetingsProjection(deps),
};

/** Every projection as it applied events one at a time before batching (the others unchanged), in `allProjections` order. */
export function perEventProjections(deps: ProjectionDependencies): Projection[] {
  return allProjections(deps).map((projection) => PER_EVENT[projection.name]?.() ?? PER_EVENT_WITH_DEPS[projection.name]?.(deps) ?? projection);
}
