import { deciderSpec } from '../../testing/decider-spec';
import { reachedFrom, recordMilestone, sentenceRecorded } from '../../testing/fixtures';
import { SentenceEvent } from '../../sentence/sentence.events';
import { sentenceDecider } from '../../sentence/sentence.decider';
import { upcastEventData } from '../upcasting';

/** A life sentence's history as version 1 stored it (before issue 17): no providedToPartiesOn, no reconsiderable. */
const storedV1 = [
  {
    type: 'SentenceRecorded',
    version: 1,
    data: sentenceRecorded({ sentenceType: 'indeterminate-life', lengthMonths: undefined }).data,
  },
  {
    type: 'SentenceMilestoneReached',
    version: 1,
    data: {
      sentenceId: 's',
      milestoneId: 'm-1',
      date: '2025-01-01',
      kind: 'parole-decision',
      detail: { outcome: 'release' },
    },
  },
  {
    type: 'SentenceMilestoneReached',
    version: 1,
    data: {
      sentenceId: 's',
      milestoneId: 'm-2',
      date: '2025-01-05',
      kind: 'hospital-leave',
      detail: { leaveType: 'escorted' },
    },
  },
];

const replayed = (): SentenceEvent[] =>
  storedV1.map(
    ({ type, version, data }) =>
      ({ type, data: upcastEventData(type, version, data, { personalReadable: true }).data }) as SentenceEvent,
  );

// Source of the meaning kept: Parole Board Rules 2019 r.28(3) (checked 2026-12-07); version 1 counted from the decision's date.
describe('SentenceMilestoneReached version 1 → 2', () => {
  it('gives a version 1 parole decision the day it was provided to the parties: its own date, as version 1 counted', () => {
    expect(replayed()[1].data).toEqual({
      sentenceId: 's',
      milestoneId: 'm-1',
      date: '2025-01-01',
      kind: 'parole-decision',
      detail: { outcome: 'release', providedToPartiesOn: '2025-01-01' },
    });
  });

  it('leaves other kinds, and a version 2 event, unchanged', () => {
    expect(replayed()[2].data).toEqual(storedV1[2].data);
    const v2 = {
      ...storedV1[1].data,
      detail: { outcome: 'release', providedToPartiesOn: '2025-01-09', reconsiderable: true },
    };
    expect(upcastEventData('SentenceMilestoneReached', 2, v2, { personalReadable: true }).data).toBe(v2);
  });

  it('given a history recorded before the change, when it is replayed and a reconsideration is applied for, then the 21 days run from the decision date', () => {
    const inTime = recordMilestone('reconsideration', '2025-01-22', {
      stage: 'applied',
      appliedBy: 'secretary-of-state',
    });
    deciderSpec(sentenceDecider)
      .given(replayed())
      .when(inTime)
      .then([reachedFrom(inTime)]);
    deciderSpec(sentenceDecider)
      .given(replayed())
      .when(recordMilestone('reconsideration', '2025-01-23', { stage: 'applied', appliedBy: 'secretary-of-state' }))
      .thenThrows('reconsideration-out-of-time');
  });
});
