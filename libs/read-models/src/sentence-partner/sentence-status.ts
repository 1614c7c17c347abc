import {
  CustodyStatus,
  evolveSentence,
  initialSentenceState,
  RecordedSentence,
  SentenceEnding,
  SentenceMilestoneReached,
  SentenceRecorded,
  SentenceState,
} from '@vcs/domain';

/**
 * Where the offender is in the sentence, as the sentence view shows it: three fields of the domain's sentence state,
 * taken from `evolveSentence` itself, so the view cannot drift from the rules the decider keeps.
 */
export interface SentenceStatus {
  readonly custodyStatus: CustodyStatus;
  readonly inOpenConditions: boolean;
  readonly endedBy: SentenceEnding | null;
  readonly endedOn: string | null;
}

export function initialStatus(recorded: SentenceRecorded['data']): SentenceStatus {
  return statusOf(
    recordedSentence(evolveSentence(initialSentenceState(), { type: 'SentenceRecorded', data: recorded })),
  );
}

/**
 * The status after one milestone. The view keeps only the status, so the domain state is rebuilt from the sentence as
 * recorded with the status on top; what else the state holds (recalls, release dates, parole decisions) does not move
 * these fields (`sentence-status.unit.spec.ts` folds whole histories both ways to prove it).
 */
export function statusAfter(
  status: SentenceStatus,
  recorded: SentenceRecorded['data'],
  milestone: SentenceMilestoneReached['data'],
): SentenceStatus {
  const start = recordedSentence(evolveSentence(initialSentenceState(), { type: 'SentenceRecorded', data: recorded }));
  const before: RecordedSentence = {
    ...start,
    status: status.custodyStatus,
    inOpenConditions: status.inOpenConditions,
    ended: status.endedBy === null ? undefined : { by: status.endedBy, on: status.endedOn ?? recorded.sentenceDate },
  };
  return statusOf(recordedSentence(evolveSentence(before, { type: 'SentenceMilestoneReached', data: milestone })));
}

function statusOf(state: RecordedSentence): SentenceStatus {
  return {
    custodyStatus: state.status,
    inOpenConditions: state.inOpenConditions,
    endedBy: state.ended?.by ?? null,
    endedOn: state.ended?.on ?? null,
  };
}

function recordedSentence(state: SentenceState): RecordedSentence {
  if (!state.exists) throw new Error('A recorded sentence evolves into a recorded sentence.');
  return state;
}
