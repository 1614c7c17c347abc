import { DomainEvent } from '../events/domain-event';
import {
  EVENT_SCHEMA_VERSIONS,
  SENTENCE_EVENT_TYPES,
  VICTIM_EVENT_TYPES,
  schemaVersionOf,
} from '../events/schema-versions';
import { sentenceRecorded, reached } from '../testing/fixtures';
import {
  actingForVictimNominated,
  contactRecorded,
  preferencesUpdated,
  referralReceived,
  victimEnrolled,
} from '../testing/victim-fixtures';
import { PERSONAL_DATA_SHAPE, personalDataOwner, personalDataOwnership } from './personal-data';

const V = 'victim-1';
const PII = [
  'Jane Example',
  'John Example',
  '1980-05-01',
  'Acacia',
  'LS1 4AB',
  '0113 496 0000',
  '07700 900123',
  'jane@example.org',
  'brother',
  'SECRET',
];

/** One example of every event type, carrying recognisable personal data wherever it can. */
const examples: DomainEvent[] = [
  sentenceRecorded(),
  reached('licence-conditions-set', '2025-01-01', {
    conditions: ['exclusion-zone'],
    conditionsEndDate: '2026-01-01',
    protectsVictimIds: [V],
  }),
  {
    type: 'InterAgencyMeetingHeld',
    data: {
      sentenceId: 's1',
      meetingId: 'm1',
      kind: 'mappa',
      mappa: { category: 1, level: 3 },
      heldOn: '2025-01-01',
      agenciesPresent: ['police'],
      victimsConsidered: [
        { victimId: V, viewsPresented: true, outcome: 'other' },
        { victimId: 'victim-2', viewsPresented: false, outcome: 'no-change' },
      ],
      actions: [{ actionId: 'a1', forVictimId: V, ownerAgency: 'police' }],
      personal: {
        [V]: { notes: 'SECRET exclusion zone near Acacia', actions: { a1: 'SECRET' } },
        'victim-2': { outcome: 'SECRET' },
      },
    },
  },
  referralReceived({ victimId: V }),
  victimEnrolled({ victimId: V, personal: { discretionaryReasonDetail: 'SECRET' } }),
  { type: 'VictimDeclined', data: { victimId: V, declinedOn: '2024-01-01', personal: { reason: 'SECRET' } } },
  { type: 'VictimWithdrew', data: { victimId: V, withdrewOn: '2024-01-01', personal: { reason: 'SECRET' } } },
  {
    type: 'VictimRejoined',
    data: { victimId: V, scheme: 'vcs-statutory', rejoinedOn: '2024-01-01', victimLiaisonOfficerId: 'vlo' },
  },
  { type: 'VictimLinkedToSentence', data: { victimId: V, sentenceId: 's2', linkedOn: '2024-01-01' } },
  actingForVictimNominated({ victimId: V }),
  preferencesUpdated({
    victimId: V,
    personal: {
      address: { lines: ['12 Acacia Avenue'], postcode: 'LS1 4AB' },
      email: 'jane@example.org',
      mobile: '07700 900123',
      language: 'pl',
      accessibleFormats: ['braille'],
      timesNotToCall: [{ days: ['monday'], from: '09:00', to: '17:00' }],
    },
  }),
  contactRecorded({ victimId: V, personal: { summary: 'SECRET call', outcome: 'SECRET' } }),
  {
    type: 'RepresentationSubmitted',
    data: {
      victimId: V,
      representationId: 'r1',
      sentenceId: 's1',
      kind: 'licence-conditions',
      requestedConditions: [{ conditionId: 'c1', kind: 'exclusion-zone' }],
      sentTo: ['parole-board'],
      submittedOn: '2025-01-01',
      personal: { conditionDescriptions: { c1: 'SECRET Acacia Avenue' } },
    },
  },
  {
    type: 'RepresentationDisclosed',
    data: {
      victimId: V,
      representationId: 'r1',
      sentenceId: 's1',
      recipient: 'parole-board',
      disclosedOn: '2025-01-02',
      approvedBy: 'vlo-7',
      flagged: [],
      personal: { conditionDescriptions: { c1: 'SECRET the ring road' } },
    },
  },
  {
    type: 'VictimLiaisonOfficerAssigned',
    data: { victimId: V, victimLiaisonOfficerId: 'vlo', assignedOn: '2024-01-01' },
  },
  {
    type: 'VictimDetailsUpdated',
    data: { victimId: V, updatedOn: '2024-01-01', personal: { fullName: 'Jane Example', dateOfBirth: '1980-05-01' } },
  },
  {
    type: 'VictimCaseClosed',
    data: {
      victimId: V,
      closedOn: '2030-01-01',
      reason: 'sentences-ended',
      endedSentences: [{ sentenceId: 's1', ending: 'licence-end', endedOn: '2030-01-01' }],
    },
  },
  {
    type: 'VictimCaseReopened',
    data: { victimId: V, reopenedOn: '2030-02-01', reason: 'linked-to-sentence', sentenceId: 's2' },
  },
  {
    type: 'RetentionReviewRaised',
    data: { victimId: V, raisedOn: '2036-01-01', closedOn: '2030-01-01', retentionPeriodMonths: 72 },
  },
  {
    type: 'RetentionDecided',
    data: {
      victimId: V,
      decidedOn: '2036-01-02',
      decidedBy: 'admin-1',
      decision: 'retain',
      basis: 'ongoing-proceedings',
      retainUntil: '2037-01-01',
      closedOn: '2030-01-01',
    },
  },
  {
    type: 'VictimPersonalDataErased',
    data: {
      victimId: V,
      erasedOn: '2036-01-03',
      erasedBy: 'admin-1',
      basis: 'erasure-request',
      requestReference: 'SAR-2036-0001',
    },
  },
  {
    type: 'NotificationScheduled',
    data: {
      victimId: V,
      notificationId: 'n1',
      sentenceId: 's1',
      stage: 'release-on-licence',
      dueAt: '2025-01-01T09:00:00.000Z',
      channel: 'email',
      reason: 'same-day-decision',
      causedBy: { milestoneId: 'm1' },
    },
  },
  {
    type: 'NotificationRescheduled',
    data: {
      victimId: V,
      notificationId: 'n1',
      previousDueAt: '2025-01-01T09:00:00.000Z',
      dueAt: '2025-01-02T09:00:00.000Z',
      reason: 'advance-notice',
      causedBy: { milestoneId: 'm2' },
    },
  },
  {
    type: 'NotificationCancelled',
    data: { victimId: V, notificationId: 'n1', reason: 'opted-out-of-stage', cancelledOn: '2025-01-01' },
  },
  {
    type: 'NotificationSent',
    data: {
      victimId: V,
      notificationId: 'n1',
      channel: 'letter',
      providerReference: '3f1c2a9e-1111-4bbb-8ccc-000000000001',
      sentAt: '2025-01-01T10:00:00.000Z',
      letterId: 'l1',
    },
  },
  {
    type: 'NotificationFailed',
    data: {
      victimId: V,
      notificationId: 'n1',
      attempt: 2,
      errorCode: 'notify-500',
      final: false,
      failedAt: '2025-01-01T10:00:00Z',
    },
  },
  {
    type: 'NotificationDeliveryStatusRecorded',
    data: { victimId: V, notificationId: 'n1', status: 'permanent-failure', at: '2025-01-01T11:00:00.000Z' },
  },
  {
    type: 'SafetyCheckConfirmed',
    data: { victimId: V, confirmedOn: '2025-01-01', checkedBy: 'vlo-1', channel: 'letter' },
  },
  {
    type: 'ReofferBeforeReleaseRaised',
    data: {
      victimId: V,
      reofferId: 'r1',
      sentenceId: 's1',
      because: 'expected-release',
      releaseWindowOn: '2025-06-01',
      dueOn: '2025-04-01',
      causedBy: { milestoneId: 'm1' },
    },
  },
  { type: 'ContactHandedToVictim', data: { victimId: V, handedOverOn: '2025-06-02' } },
  {
    type: 'LetterDrafted',
    data: {
      victimId: V,
      letterId: 'l1',
      notificationId: 'n1',
      stage: 'release-on-licence',
      draftedBy: 'vlo-1',
      draftedOn: '2025-01-01',
      personal: { body: 'Dear Jane Example', addressBlock: 'Jane Example\n12 Acacia Avenue\nLS1 4AB', language: 'pl' },
    },
  },
  {
    type: 'LetterEdited',
    data: {
      victimId: V,
      letterId: 'l1',
      editedBy: 'vlo-1',
      editedOn: '2025-01-01',
      personal: { body: 'Dear Jane Example, SECRET' },
    },
  },
  {
    type: 'LetterSubmittedForApproval',
    data: { victimId: V, letterId: 'l1', submittedBy: 'vlo-1', submittedOn: '2025-01-01' },
  },
  { type: 'LetterApproved', data: { victimId: V, letterId: 'l1', approvedBy: 'manager-1', approvedOn: '2025-01-01' } },
  {
    type: 'LetterSendingRefused',
    data: { victimId: V, letterId: 'l1', reason: 'victim-opted-out', refusedOn: '2025-01-01' },
  },
  {
    type: 'VictimRequestMade',
    data: { victimId: V, requestId: 'r1', sentenceId: 's1', kind: 'parole-decision-summary', madeOn: '2025-01-01' },
  },
  {
    type: 'VictimRequestAnswered',
    data: {
      victimId: V,
      requestId: 'r1',
      sentenceId: 's1',
      kind: 'parole-decision-summary',
      answeredOn: '2025-01-02',
      outcome: 'refused',
      reason: 'offender-under-18',
    },
  },
  {
    type: 'VictimRightExplained',
    data: {
      victimId: V,
      sentenceId: 's1',
      right: 'unduly-lenient-sentence-scheme',
      explainedOn: '2025-01-01',
      deadline: '2025-01-29',
    },
  },
  {
    type: 'LetterReturned',
    data: {
      victimId: V,
      letterId: 'l1',
      returnedBy: 'manager-1',
      returnedOn: '2025-01-01',
      personal: { comments: 'SECRET: the address says Acacia' },
    },
  },
  {
    type: 'VictimCaseTransferred',
    data: {
      victimId: V,
      fromUnit: 'london',
      toUnit: 'wales',
      reason: 'victim-moved',
      transferredOn: '2025-01-01',
      personal: { note: 'SECRET: moved to Acacia Avenue' },
    },
  },
  {
    type: 'CaseAccessGranted',
    data: {
      victimId: V,
      grantId: 'g1',
      caseUnit: 'london',
      granteeUserId: 'vlo-wales-1',
      granteeUnit: 'wales',
      reason: 'joint-working',
      grantedAt: '2025-01-01T09:00:00.000Z',
      expiresAt: '2025-01-02T09:00:00.000Z',
      personal: { note: 'SECRET: staying at Acacia Avenue' },
    },
  },
  { type: 'CaseAccessRevoked', data: { victimId: V, grantId: 'g1', revokedAt: '2025-01-01T10:00:00.000Z' } },
];

function stringLeaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v) => stringLeaves(v, path));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** The text outside `personal`: what anyone reading the store without a key would see. */
function outsidePersonal(event: DomainEvent): string {
  const { personal: _personal, ...rest } = event.data as { personal?: unknown };
  void _personal;
  return JSON.stringify(rest);
}

describe('privacy by design', () => {
  it('has an example of every event type', () => {
    expect(new Set(examples.map((e) => e.type))).toEqual(new Set(Object.keys(EVENT_SCHEMA_VERSIONS)));
  });

  it('gives every event type a schema version: 1, or higher with upcasters (SentenceMilestoneReached is at 2, issue 17)', () => {
    for (const type of [...SENTENCE_EVENT_TYPES, ...VICTIM_EVENT_TYPES])
      expect(schemaVersionOf(type)).toBe(type === 'SentenceMilestoneReached' ? 2 : 1);
  });

  it.each(examples.map((e) => [e.type, e] as const))(
    'keeps no personal data outside data.personal in %s',
    (_type, event) => {
      const visible = outsidePersonal(event);
      for (const pii of PII) expect(visible).not.toContain(pii);
    },
  );

  it.each(examples.map((e) => [e.type, e] as const))(
    'keeps only ids, codes, dates and flags outside data.personal in %s',
    (_type, event) => {
      const { personal: _personal, ...rest } = event.data as { personal?: unknown };
      void _personal;
      // The sentencing court is the one public free-text field; everything else must look like a code.
      const leaves = stringLeaves(rest).filter(([path]) => path !== 'sentencingCourt');
      for (const [path, value] of leaves)
        expect({ path, value, codeLike: /^[A-Za-z0-9:_.-]*$/.test(value) }).toEqual({ path, value, codeLike: true });
    },
  );

  it.each(examples.map((e) => [e.type, e] as const))(
    'has a personal part exactly when %s is described as carrying one',
    (type, event) => {
      expect('personal' in event.data).toBe(PERSONAL_DATA_SHAPE[type] !== 'none');
    },
  );

  it('names the victim whose key protects a single-victim event', () => {
    expect(personalDataOwner(referralReceived({ victimId: V }))).toBe(V);
    expect(personalDataOwnership(contactRecorded({ victimId: V }))).toEqual({ shape: 'one-victim', victimId: V });
  });

  it('names no owner for events without personal data', () => {
    expect(personalDataOwner(sentenceRecorded())).toBeUndefined();
    expect(personalDataOwnership(examples[7])).toEqual({ shape: 'none' });
  });

  it('keys meeting notes per victim, each with its own owner', () => {
    expect(personalDataOwnership(examples[2])).toEqual({ shape: 'per-victim', victimIds: [V, 'victim-2'] });
    expect(personalDataOwner(examples[2])).toBeUndefined();
  });
});
