import { ReadModelArea } from '../read-model-area';
import { CaseTimelineProjection } from './case-timeline.projection';
import { CreateVictimCaseView1763901000000 } from './migrations/1763901000000-create-victim-case-view';
import { CreateCaseTimeline1763901001000 } from './migrations/1763901001000-create-case-timeline';
import { VictimCaseRequests1765410000000 } from './migrations/1765410000000-victim-case-requests';
import {
  CaseTimelineEntry,
  CaseTimelineSentence,
  CaseTimelineSentenceEntry,
  CaseTimelineSentenceVictim,
  VictimCaseSentence,
  VictimCaseView,
} from './victim-case.entities';
import { VictimCaseViewProjection } from './victim-case-view.projection';

/** The victim case view (with the only copy of contact details among read models) and the case timeline. */
export const VICTIM_CASE_AREA: ReadModelArea = {
  name: 'victim-case',
  entities: [
    VictimCaseView,
    VictimCaseSentence,
    CaseTimelineEntry,
    CaseTimelineSentenceEntry,
    CaseTimelineSentenceVictim,
    CaseTimelineSentence,
  ],
  migrations: [CreateVictimCaseView1763901000000, CreateCaseTimeline1763901001000, VictimCaseRequests1765410000000],
  projections: (deps) => [new VictimCaseViewProjection(deps.dataKeys), new CaseTimelineProjection()],
};
