import { IsoDate } from '@vcs/domain';
import { PlannedAppend, Refusals } from './plan';
import { Random } from './rng';
import { addSentenceStages, LinkedVictim, recordSentences, SentenceSeed } from './sentences';
import { generateVictim, VictimMix } from './victims';

export interface HistorySpec {
  readonly sentences: number;
  readonly victims: number;
  readonly mix: VictimMix;
  /** Share of sentences with at least one referred victim (the rest may raise missed-referral tasks). */
  readonly sentencesWithVictims: number;
  readonly firstDay: IsoDate;
  readonly today: IsoDate;
  readonly seed: number;
}

export interface History {
  /** Every append, in the order the seeder writes them: by day; a stream's appends stay in revision order. */
  readonly appends: PlannedAppend[];
  readonly events: number;
  readonly eventsByType: Map<string, number>;
  readonly refusals: Refusals;
  readonly victimIds: string[];
  readonly sentenceIds: string[];
  /** Victims enrolled (open cases are a subset), for picking query targets. */
  readonly enrolledVictimIds: string[];
}

/** Generates the whole history in memory, every command decided by the domain's deciders. */
export function generateHistory(spec: HistorySpec): History {
  const random = new Random(spec.seed);
  const refusals: Refusals = new Map();
  const sentences = recordSentences(random, spec.sentences, spec.firstDay, spec.today, refusals);
  const withVictims = sentences.slice(0, Math.max(1, Math.round(sentences.length * spec.sentencesWithVictims)));
  const victimsOf = new Map<SentenceSeed, LinkedVictim[]>();
  const victimIds: string[] = [];
  const enrolledVictimIds: string[] = [];
  for (let i = 0; i < spec.victims; i++) {
    // Every sentence with victims gets one first; the rest are spread at random.
    const sentence = i < withVictims.length ? withVictims[i] : random.pick(withVictims);
    const victim = generateVictim(random, sentence, sentences, spec.mix, spec.today, refusals);
    const list = victimsOf.get(sentence) ?? [];
    list.push(victim);
    victimsOf.set(sentence, list);
    victimIds.push(victim.victimId);
    if (victim.enrolled) enrolledVictimIds.push(victim.victimId);
  }
  for (const sentence of sentences) addSentenceStages(random, sentence, victimsOf.get(sentence) ?? [], spec.today);

  const all: PlannedAppend[] = [];
  // Loops, not push(...list): a spread of hundreds of thousands of arguments overflows the stack.
  for (const sentence of sentences) for (const append of sentence.builder.appends) all.push(append);
  for (const victims of victimsOf.values())
    for (const victim of victims) for (const append of victim.appends) all.push(append);
  const order = new Map(all.map((append, index) => [append, index]));
  all.sort((a, b) => a.day - b.day || a.priority - b.priority || (order.get(a) as number) - (order.get(b) as number));

  const eventsByType = new Map<string, number>();
  let events = 0;
  for (const append of all) {
    events += append.eventCount;
    for (const event of append.events ?? []) eventsByType.set(event.type, (eventsByType.get(event.type) ?? 0) + 1);
  }
  return {
    appends: all,
    events,
    eventsByType,
    refusals,
    victimIds,
    sentenceIds: sentences.map((s) => s.facts.sentenceId),
    enrolledVictimIds,
  };
}
