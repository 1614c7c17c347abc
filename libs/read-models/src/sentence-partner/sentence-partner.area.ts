import { ReadModelArea } from '../read-model-area';
import { InterAgencyMeetingsProjection } from './inter-agency-meetings.projection';
import { CreateSentenceView1763902000000 } from './migrations/1763902000000-create-sentence-view';
import { CreatePartnerRepresentations1763902001000 } from './migrations/1763902001000-create-partner-representations';
import { CreateInterAgencyMeetings1763902002000 } from './migrations/1763902002000-create-inter-agency-meetings';
import { SentenceViewRevision1765100000000 } from './migrations/1765100000000-sentence-view-revision';
import { CreatePartnerDisclosures1765200000000 } from './migrations/1765200000000-create-partner-disclosures';
import { RecalculationMilestonesIndex1765317000000 } from './migrations/1765317000000-recalculation-milestones-index';
import { PartnerRepresentationsProjection } from './partner-representations.projection';
import { SENTENCE_PARTNER_ENTITIES } from './sentence-partner.entities';
import { SentenceViewProjection } from './sentence-view.projection';

/** Sentence view, representations for partners and inter-agency meetings (docs/read-models/sentence-partner.md). */
export const SENTENCE_PARTNER_AREA: ReadModelArea = {
  name: 'sentence-partner',
  entities: SENTENCE_PARTNER_ENTITIES,
  migrations: [
    CreateSentenceView1763902000000,
    CreatePartnerRepresentations1763902001000,
    CreateInterAgencyMeetings1763902002000,
    SentenceViewRevision1765100000000,
    CreatePartnerDisclosures1765200000000,
    RecalculationMilestonesIndex1765317000000,
  ],
  projections: (deps) => [
    new SentenceViewProjection(deps),
    new PartnerRepresentationsProjection(deps),
    new InterAgencyMeetingsProjection(deps),
  ],
};

/** The projection names, for read-your-writes in the queries. */
export const SENTENCE_PARTNER_PROJECTIONS = {
  sentenceView: SentenceViewProjection.NAME,
  partnerRepresentations: PartnerRepresentationsProjection.NAME,
  interAgencyMeetings: InterAgencyMeetingsProjection.NAME,
} as const;
