import {
  ActingForVictimNominated,
  ContactPreferencesUpdated,
  ContactRecorded,
  ReferralReceived,
  VictimEnrolled,
} from '../victim/victim.events';
import {
  EnrolVictim,
  NominateActingPerson,
  ReceiveReferral,
  RecordContact,
  SubmitRepresentation,
  UpdateContactPreferences,
} from '../victim/victim.commands';
import { SENTENCE_ID, TODAY, VICTIM_ID, VLO_ID, factsOf } from './fixtures';

export const REFERRAL_DATE = '2024-01-15';

export function referralReceived(overrides: Partial<ReferralReceived['data']> = {}): ReferralReceived {
  return {
    type: 'ReferralReceived',
    data: {
      victimId: VICTIM_ID,
      sentenceId: SENTENCE_ID,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn: REFERRAL_DATE,
      vloUnit: 'yorkshire-and-the-humber',
      personal: {
        fullName: 'Jane Example',
        dateOfBirth: '1980-05-01',
        address: { lines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS1 4AB' },
        phone: '0113 496 0000',
      },
      ...overrides,
    },
  };
}

export function receiveReferral(overrides: Partial<ReceiveReferral['data']> = {}): ReceiveReferral {
  const { sentenceId: _s, vloUnit: _u, ...data } = referralReceived().data;
  void _s;
  void _u;
  return { type: 'ReceiveReferral', data: { ...data, sentence: factsOf(), recordedOn: TODAY, ...overrides } };
}

export function victimEnrolled(overrides: Partial<VictimEnrolled['data']> = {}): VictimEnrolled {
  return {
    type: 'VictimEnrolled',
    data: {
      victimId: VICTIM_ID,
      sentenceId: SENTENCE_ID,
      scheme: 'vcs-statutory',
      basis: 'specified-offence-custody-12-months-or-more',
      enrolledOn: '2024-02-01',
      victimLiaisonOfficerId: VLO_ID,
      personal: {},
      ...overrides,
    },
  };
}

export function enrolVictim(overrides: Partial<EnrolVictim['data']> = {}): EnrolVictim {
  return {
    type: 'EnrolVictim',
    data: {
      victimId: VICTIM_ID,
      sentence: factsOf(),
      scheme: 'vcs-statutory',
      enrolledOn: '2024-02-01',
      recordedOn: TODAY,
      victimLiaisonOfficerId: VLO_ID,
      personal: {},
      ...overrides,
    },
  };
}

export function updatePreferences(overrides: Partial<UpdateContactPreferences['data']> = {}): UpdateContactPreferences {
  return {
    type: 'UpdateContactPreferences',
    data: {
      victimId: VICTIM_ID,
      updatedOn: '2024-02-01',
      recordedOn: TODAY,
      channels: ['letter', 'email'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: false,
      personal: {
        address: { lines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS1 4AB' },
        email: 'jane@example.org',
        language: 'en',
        accessibleFormats: [],
        timesNotToCall: [],
      },
      ...overrides,
    },
  };
}

export function preferencesUpdated(
  overrides: Partial<UpdateContactPreferences['data']> = {},
): ContactPreferencesUpdated {
  const { recordedOn: _r, ...data } = updatePreferences(overrides).data;
  void _r;
  return { type: 'ContactPreferencesUpdated', data };
}

export function recordContact(overrides: Partial<RecordContact['data']> = {}): RecordContact {
  return {
    type: 'RecordContact',
    data: {
      victimId: VICTIM_ID,
      contactId: 'c-1',
      method: 'letter',
      direction: 'outbound',
      result: 'letter-sent',
      occurredOn: '2024-01-20',
      recordedOn: TODAY,
      personal: { summary: 'Introductory letter offering the scheme and a visit' },
      ...overrides,
    },
  };
}

export function contactRecorded(overrides: Partial<RecordContact['data']> = {}): ContactRecorded {
  const { recordedOn: _r, ...data } = recordContact(overrides).data;
  void _r;
  return { type: 'ContactRecorded', data };
}

export function nominateActingPerson(overrides: Partial<NominateActingPerson['data']> = {}): NominateActingPerson {
  return {
    type: 'NominateActingPerson',
    data: {
      victimId: VICTIM_ID,
      actingPersonId: 'ap-1',
      role: 'family-member',
      nominatedOn: '2024-01-20',
      recordedOn: TODAY,
      receivesCommunications: true,
      personal: { fullName: 'John Example', relationshipToVictim: 'brother', phone: '07700 900123' },
      ...overrides,
    },
  };
}

export function actingForVictimNominated(
  overrides: Partial<NominateActingPerson['data']> = {},
): ActingForVictimNominated {
  const { recordedOn: _r, ...data } = nominateActingPerson(overrides).data;
  void _r;
  return { type: 'ActingForVictimNominated', data };
}

export function submitRepresentation(overrides: Partial<SubmitRepresentation['data']> = {}): SubmitRepresentation {
  return {
    type: 'SubmitRepresentation',
    data: {
      victimId: VICTIM_ID,
      representationId: 'r-1',
      sentence: factsOf(),
      kind: 'licence-conditions',
      requestedConditions: [
        { conditionId: 'c1', kind: 'exclusion-zone' },
        { conditionId: 'c2', kind: 'non-contact' },
      ],
      sentTo: ['probation-practitioner'],
      submittedOn: '2025-03-01',
      recordedOn: TODAY,
      personal: { conditionDescriptions: { c1: "The streets around the victim's workplace in the city centre" } },
      ...overrides,
    },
  };
}
