import { ProjectionDependencies, ReadModelArea } from './read-model-area';
import { CASE_ACCESS_AREA } from './case-access/case-access.area';
import { CASELOAD_AREA } from './caseload/caseload.area';
import { LETTERS_AREA } from './letters/letters.area';
import { PERFORMANCE_AREA } from './performance/performance.area';
import { NOTIFICATION_SCHEDULE_AREA } from './notification-schedule/notification-schedule.area';
import { SENTENCE_PARTNER_AREA } from './sentence-partner/sentence-partner.area';
import { STREAM_CATALOGUE_AREA } from './stream-catalogue/stream-catalogue.area';
import { VICTIM_CASE_AREA } from './victim-case/victim-case.area';

/** Every read model area. Adding an area here registers its entities, migrations and projections everywhere. */
export const READ_MODEL_AREAS: readonly ReadModelArea[] = [
  STREAM_CATALOGUE_AREA,
  VICTIM_CASE_AREA,
  SENTENCE_PARTNER_AREA,
  CASELOAD_AREA,
  LETTERS_AREA,
  NOTIFICATION_SCHEDULE_AREA,
  CASE_ACCESS_AREA,
  PERFORMANCE_AREA,
];

/** Every projection the worker runs, one projector each. */
export function allProjections(deps: ProjectionDependencies) {
  return READ_MODEL_AREAS.flatMap((area) => area.projections(deps));
}

/** Dependencies for listing projections by name and flags only: nothing is applied, so no key is ever asked for. */
const LISTING_ONLY: ProjectionDependencies = {
  pseudonymKey: 'listing-only',
  dataKeys: {
    find: () => Promise.reject(new Error('projections listed by name apply nothing')),
    findMany: () => Promise.reject(new Error('projections listed by name apply nothing')),
  },
};

/** The name of every projection (the key of its checkpoint), without building any for use. */
export function projectionNames(): string[] {
  return allProjections(LISTING_ONLY).map((projection) => projection.name);
}
