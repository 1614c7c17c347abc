import { NotFoundException } from '@nestjs/common';
import { CasePersonalParts, openedParts } from '@vcs/read-models';

// What the victim case queries share: the projections they wait for, the row's sealed personal parts, the 404.

/** Projection names (libs/read-models/src/victim-case): what read-your-writes waits for. */
export const VICTIM_CASE_VIEW = 'victim-case-view';
export const CASE_TIMELINE = 'case-timeline';

export type Row = Record<string, unknown>;

/** The row's personal parts, sealed at rest under the victim's key, opened for this answer only (erased: null). */
export function personalPartsOf(row: Row, open: Parameters<typeof openedParts>[0]): CasePersonalParts {
  return openedParts(open, row.victim_id as string, {
    contactDetails: row.contact_details as CasePersonalParts['contactDetails'],
    actingPersons: (row.acting_persons as CasePersonalParts['actingPersons'] | undefined) ?? [],
    contactPreferences: (row.contact_preferences as CasePersonalParts['contactPreferences'] | undefined) ?? null,
  });
}

export const victimNotFound = (victimId: string) =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    rule: 'victim-not-found',
    message: `no victim ${victimId} is known`,
  });
