import {
  evolveSentence,
  initialSentenceState,
  SentenceEvent,
  SentenceMilestoneReached,
  SentenceState,
} from '@vcs/domain';
import { reached, sentenceRecorded } from '../../../domain/src/testing/fixtures';
import { initialStatus, SentenceStatus, statusAfter } from './sentence-status';

/** The view's status, step by step from its own three fields, against the domain's whole state folded over the history. */
function bothWays(recorded: ReturnType<typeof sentenceRecorded>, milestones: SentenceMilestoneReached[]) {
  let state: SentenceState = evolveSentence(initialSentenceState(), recorded);
  let status: SentenceStatus = initialStatus(recorded.data);
  const steps: [SentenceStatus, SentenceStatus][] = [];
  for (const milestone of milestones) {
    state = evolveSentence(state, milestone as SentenceEvent);
    status = statusAfter(status, recorded.data, milestone.data);
    if (!state.exists) throw new Error('recorded');
    steps.push([
      status,
      {
        custodyStatus: state.status,
        inOpenConditions: state.inOpenConditions,
        endedBy: state.ended?.by ?? null,
        endedOn: state.ended?.on ?? null,
      },
    ]);
  }
  return steps;
}

describe('the sentence view status is the domain state', () => {
  it('follows a determinate sentence through open conditions, an abscond, release, recall and its end', () => {
    const steps = bothWays(sentenceRecorded(), [
      reached('transfer-to-open-conditions', '2025-01-01', {}),
      reached('escape-or-abscond', '2025-02-01', { circumstance: 'absconded' }),
      reached('return-to-custody', '2025-02-03', {}),
      reached('home-detention-curfew', '2025-06-01', {}),
      reached('release-on-licence', '2025-08-01', {}),
      reached('recall', '2025-09-01', { recallType: 'standard' }),
      reached('release-on-licence', '2026-01-01', {}),
      reached('licence-end', '2026-06-01', {}),
      reached('sentence-end', '2026-07-01', {}),
    ]);
    for (const [view, domain] of steps) expect(view).toEqual(domain);
    expect(steps[2]![0]).toMatchObject({ custodyStatus: 'in-custody', inOpenConditions: false });
    expect(steps.at(-1)![0]).toMatchObject({ endedBy: 'sentence-end', endedOn: '2026-07-01' });
  });

  it('follows a restricted hospital order through conditional discharge, recall and absolute discharge', () => {
    const steps = bothWays(
      sentenceRecorded({ sentenceType: 'hospital-order-with-restriction', lengthMonths: undefined }),
      [
        reached('hospital-leave', '2025-01-01', { leaveType: 'escorted' }),
        reached('conditional-discharge', '2025-03-01', { conditions: ['non-contact'], protectsVictimIds: [] }),
        reached('recall', '2025-05-01', {}),
        reached('absolute-discharge', '2026-01-01', {}),
      ],
    );
    for (const [view, domain] of steps) expect(view).toEqual(domain);
    expect(steps[2]![0].custodyStatus).toBe('detained');
  });

  it('ends with a quashed conviction or a death on the day', () => {
    const quashed = bothWays(sentenceRecorded(), [
      reached('appeal', '2025-01-01', { stage: 'decided', against: 'conviction', outcome: 'conviction-quashed' }),
    ]);
    const died = bothWays(sentenceRecorded(), [reached('death', '2025-01-02', { inCustody: true })]);
    for (const [view, domain] of [...quashed, ...died]) expect(view).toEqual(domain);
    expect(quashed[0]![0]).toMatchObject({ endedBy: 'conviction-quashed', endedOn: '2025-01-01' });
  });
});
