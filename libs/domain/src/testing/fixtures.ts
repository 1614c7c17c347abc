import { SentenceFacts, sentenceFactsFrom } from '../sentence/sentence-facts';
import { Milestone, MilestoneDetails, MilestoneKind } from '../sentence/sentence-milestone';
import { RecordSentence, RecordSentenceMilestone } from '../sentence/sentence.commands';
import { SentenceMilestoneReached, SentenceRecorded } from '../sentence/sentence.events';

/** Example values for unit tests. */
export const SENTENCE_ID = '5b7e1d2c-0000-4000-8000-000000000001';
export const VICTIM_ID = '5b7e1d2c-0000-4000-8000-0000000000v1';
export const VLO_ID = 'vlo-user-1';
export const TODAY = '2026-11-23';
export const SENTENCE_DATE = '2024-01-08';

export function sentenceRecorded(overrides: Partial<SentenceRecorded['data']> = {}): SentenceRecorded {
  return {
    type: 'SentenceRecorded',
    data: {
      sentenceId: SENTENCE_ID,
      reference: 'X123456',
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'determinate-custody',
      lengthMonths: 36,
      sentencingCourt: 'Leeds Crown Court',
      sentenceDate: SENTENCE_DATE,
      probationRegion: 'yorkshire-and-the-humber',
      ...overrides,
    },
  };
}

export function recordSentence(overrides: Partial<RecordSentence['data']> = {}): RecordSentence {
  return { type: 'RecordSentence', data: { ...sentenceRecorded().data, recordedOn: TODAY, ...overrides } };
}

export function factsOf(event: SentenceRecorded = sentenceRecorded()): SentenceFacts {
  return sentenceFactsFrom(event.data);
}

let counter = 0;
const nextId = (prefix: string): string => `${prefix}-${(counter += 1)}`;

export function reached<K extends MilestoneKind>(
  kind: K,
  date: string,
  detail: MilestoneDetails[K],
  milestoneId = nextId('m'),
): SentenceMilestoneReached {
  return {
    type: 'SentenceMilestoneReached',
    data: { sentenceId: SENTENCE_ID, milestoneId, date, ...({ kind, detail } as Milestone) },
  };
}

export function recordMilestone<K extends MilestoneKind>(
  kind: K,
  date: string,
  detail: MilestoneDetails[K],
  milestoneId = 'm-new',
  recordedOn = TODAY,
): RecordSentenceMilestone {
  return {
    type: 'RecordSentenceMilestone',
    data: { sentenceId: SENTENCE_ID, milestoneId, date, recordedOn, ...({ kind, detail } as Milestone) },
  };
}

/** The event a successful `recordMilestone` command produces. */
export function reachedFrom(command: RecordSentenceMilestone): SentenceMilestoneReached {
  const { recordedOn: _ignored, ...data } = command.data;
  void _ignored;
  return { type: 'SentenceMilestoneReached', data } as SentenceMilestoneReached;
}
