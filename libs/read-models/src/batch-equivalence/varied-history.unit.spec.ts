import { MILESTONE_KINDS, SENTENCE_TYPES } from '@vcs/domain';
import { variedHistory } from './varied-history';

describe('the varied history the batch equivalence test replays', () => {
  // The batch equivalence test's seed and scale (batch-equivalence.int.spec.ts).
  const { events } = variedHistory(20261123, { sentences: 70, victims: 260 });
  const kindsOf = (type: string, field: string) =>
    new Set(events.filter((e) => e.type === type).map((e) => (e.data as Record<string, unknown>)[field]));

  it('records a stage of every milestone kind, as the sentence decider accepted it', () => {
    const recorded = kindsOf('SentenceMilestoneReached', 'kind');
    expect(MILESTONE_KINDS.filter((kind) => !recorded.has(kind))).toEqual([]);
  });

  it('records a sentence of every type', () => {
    const recorded = kindsOf('SentenceRecorded', 'sentenceType');
    expect(SENTENCE_TYPES.filter((type) => !recorded.has(type))).toEqual([]);
  });
});
