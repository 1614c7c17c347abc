import { EventToAppend } from '@vcs/event-store';
import { anEvent } from '@vcs/event-store/testing';

const EVENT_TYPE = 'VictimContactDetailsRecorded';

/**
 * A ~1 KB victim-contact-like record. Placeholder text only: no real names, addresses or numbers.
 * The same shape for every event; identifiers vary so rows are not byte-identical.
 */
function victimContactData(sequence: number): Record<string, unknown> {
  return {
    caseId: `case-${sequence.toString().padStart(8, '0')}`,
    victimId: `victim-${sequence.toString().padStart(8, '0')}`,
    scheme: 'VCS',
    contact: {
      title: 'Mx',
      forename: 'Placeholder',
      surname: 'Victim',
      preferredName: 'Placeholder',
      dateOfBirth: '1970-01-01',
      address: {
        lines: ['1 Example Street', 'Example District'],
        town: 'Exampletown',
        county: 'Exampleshire',
        postcode: 'ZZ99 9ZZ',
      },
      telephone: '00000 000000',
      mobile: '00000 000001',
      email: 'victim.placeholder@example.invalid',
      preferredContactMethod: 'LETTER',
      safeToLeaveMessage: false,
    },
    representative: {
      name: 'Placeholder Representative',
      relationship: 'FAMILY_MEMBER',
      telephone: '00000 000002',
    },
    preferences: {
      wantsInformationAboutLicenceConditions: true,
      wantsToMakeRepresentations: true,
      exclusionZoneRequested: true,
      languageOfCommunication: 'en-GB',
      accessibilityNeeds: 'Placeholder accessibility note.',
    },
    offenderReference: 'X000000',
    sentence: { type: 'DETERMINATE', lengthMonths: 48, expectedReleaseDate: '2027-06-30' },
    notes: 'Placeholder case note: contact details recorded at the initial meeting. Synthetic filler text.',
  };
}

let nextSequence = 0;

export function aVictimContactEvent(): EventToAppend {
  nextSequence += 1;
  return anEvent(EVENT_TYPE, victimContactData(nextSequence));
}

export function victimContactEvents(count: number): EventToAppend[] {
  return Array.from({ length: count }, () => aVictimContactEvent());
}

/** Bytes of JSON one event stores (data + metadata), for the report. */
export function payloadBytes(): { data: number; metadata: number } {
  const event = aVictimContactEvent();
  return {
    data: Buffer.byteLength(JSON.stringify(event.data)),
    metadata: Buffer.byteLength(JSON.stringify(event.metadata)),
  };
}
