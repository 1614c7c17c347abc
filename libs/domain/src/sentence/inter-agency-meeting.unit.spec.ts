import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_ID, TODAY, reached, sentenceRecorded } from '../testing/fixtures';
import { RecordInterAgencyMeeting } from './sentence.commands';
import { sentenceDecider } from './sentence.decider';

const { given } = deciderSpec(sentenceDecider);

function recordMeeting(overrides: Partial<RecordInterAgencyMeeting['data']> = {}): RecordInterAgencyMeeting {
  return {
    type: 'RecordInterAgencyMeeting',
    data: {
      sentenceId: SENTENCE_ID,
      meetingId: 'meeting-1',
      kind: 'mappa',
      mappa: { category: 2, level: 2 },
      heldOn: '2025-05-01',
      recordedOn: TODAY,
      agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
      victimsConsidered: [
        { victimId: 'v1', viewsPresented: true, outcome: 'licence-conditions-recommended' },
        { victimId: 'v2', viewsPresented: false, outcome: 'no-change' },
      ],
      actions: [{ actionId: 'a1', forVictimId: 'v1', ownerAgency: 'probation', dueOn: '2025-06-01' }],
      personal: {
        v1: {
          viewsPresented: 'Wants an exclusion zone around her street',
          actions: { a1: 'Add exclusion zone to licence' },
        },
        v2: { notes: 'Not contactable before the meeting' },
      },
      ...overrides,
    },
  };
}

const withoutRecordedOn = (command: RecordInterAgencyMeeting) => {
  const { recordedOn: _ignored, ...data } = command.data;
  void _ignored;
  return data;
};

describe('inter-agency meetings', () => {
  it('records a MAPPA meeting with per-victim notes', () => {
    const command = recordMeeting();
    given([sentenceRecorded()])
      .when(command)
      .then([{ type: 'InterAgencyMeetingHeld', data: withoutRecordedOn(command) }]);
  });

  it('refuses a meeting on a sentence that is not recorded (404)', () => {
    given([]).when(recordMeeting()).thenThrows('sentence-not-found', 'not-found');
  });

  it('refuses a MAPPA meeting without category and level', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ mappa: undefined }))
      .thenThrows('mappa-category-and-level-required');
  });

  it('refuses MAPPA category 5', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ mappa: { category: 5 as never, level: 1 } }))
      .thenThrows('unknown-code');
  });

  it('refuses MAPPA level 4', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ mappa: { category: 1, level: 4 as never } }))
      .thenThrows('unknown-code');
  });

  it('refuses MAPPA details on a parole meeting', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ kind: 'parole' }))
      .thenThrows('mappa-details-on-other-meeting');
  });

  it('refuses a meeting before the sentence', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ heldOn: '2023-12-01' }))
      .thenThrows('meeting-before-sentence');
  });

  it('refuses a meeting with no agency present', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ agenciesPresent: [] }))
      .thenThrows('agencies-required');
  });

  it('refuses a meeting that considered no victim', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ victimsConsidered: [], actions: [], personal: {} }))
      .thenThrows('victims-considered-required');
  });

  it('refuses notes keyed by a victim the meeting did not consider', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ personal: { v9: { notes: 'x' } } }))
      .thenThrows('notes-for-unknown-victim');
  });

  it("refuses an action's description filed under another victim's notes", () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ personal: { v2: { actions: { a1: 'Add exclusion zone' } } } }))
      .thenThrows('action-notes-under-wrong-victim');
  });

  it('refuses an action for a victim the meeting did not consider', () => {
    given([sentenceRecorded()])
      .when(recordMeeting({ actions: [{ actionId: 'a1', forVictimId: 'v9', ownerAgency: 'police' }] }))
      .thenThrows('action-for-unknown-victim');
  });

  it('refuses an action due before the meeting', () => {
    given([sentenceRecorded()])
      .when(
        recordMeeting({ actions: [{ actionId: 'a1', forVictimId: 'v1', ownerAgency: 'police', dueOn: '2025-04-01' }] }),
      )
      .thenThrows('action-due-before-meeting');
  });

  it('refuses a meeting after the offender died', () => {
    given([sentenceRecorded(), reached('death', '2025-01-01', { inCustody: true })])
      .when(recordMeeting())
      .thenThrows('offender-deceased');
  });

  it('refuses the same meeting twice', () => {
    const command = recordMeeting();
    given([sentenceRecorded(), { type: 'InterAgencyMeetingHeld', data: withoutRecordedOn(command) }])
      .when(command)
      .thenThrows('meeting-already-recorded');
  });
});
