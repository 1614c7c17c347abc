import { ConflictException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import {
  AccessScope,
  DomainRuleViolation,
  foldEvents,
  RecordSentenceMilestone,
  SentenceEvent,
  SentenceMilestoneReached,
  sentenceStreamId,
} from '@vcs/domain';
import { EVENT_STORE, EventStore, RecordedEvent, StreamAppend } from '@vcs/event-store';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { Clock } from '../commands/clock';
import { CommandContext } from '../commands/command-context';
import { ConfiguredDeciders } from '../commands/configured-deciders';
import { commandEventMetadata } from '../commands/event-metadata';
import { SentenceInReach } from '../sentences/shared/sentence-in-reach';
import { RecalculateReleaseDatesDto } from './recalculate-release-dates.dto';
import { RecalculatedSentenceResponse, RecalculationRecordedResponse } from './release-recalculation.responses';

// Fixed namespace for the milestone a recalculation records on each sentence; changing it would record them twice.
const RECALCULATION_MILESTONE_NAMESPACE = '3b1f8a52-8c0e-4c57-9f0e-6b2d4a9c1e77';

/** The release-date-changed milestone a recalculation records on a sentence: the same ids give the same milestone. */
export function recalculationMilestoneId(recalculationId: string, sentenceId: string): string {
  return uuidv5(`${recalculationId}\u0000${sentenceId}`, RECALCULATION_MILESTONE_NAMESPACE);
}

interface Refusal {
  readonly sentenceId: string;
  readonly rule: string;
  readonly message: string;
}

interface Planned {
  readonly sentenceId: string;
  readonly milestoneId: string;
  readonly append?: StreamAppend;
  readonly revision: bigint;
}

/**
 * A change in the law moves many release dates at once (issue 17). Every sentence named gets a `release-date-changed`
 * milestone with `reason: 'change-in-law'`, the law and the recalculation id, decided by the sentence decider exactly as
 * one recorded by hand; the notification planner then moves each victim's pending notices as for any new date.
 *
 * All or nothing where it can be: every sentence is decided first, and if any is refused (not found, out of reach, a
 * rule) nothing is written and the answer names each one. Idempotent: the milestone id is derived from the
 * recalculation and sentence, so sending the same request again records nothing new (`unchanged`), and a sentence the
 * recalculation already moved to another date is a conflict. The writes go in one multi-stream append; a sentence
 * changed by someone else meanwhile is answered 409 (the others are written; sending the request again finishes it).
 */
@Injectable()
export class RecalculateReleaseDatesHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly reach: SentenceInReach,
    private readonly deciders: ConfiguredDeciders,
  ) {}

  async execute(
    recalculationId: string,
    request: RecalculateReleaseDatesDto,
    context: CommandContext,
  ): Promise<RecalculationRecordedResponse> {
    const sentenceIds = request.sentences.map((s) => s.sentenceId);
    const repeated = sentenceIds.filter((id, index) => sentenceIds.indexOf(id) !== index);
    if (repeated.length > 0)
      throw new UnprocessableEntityException({
        error: 'Unprocessable Entity',
        rule: 'sentence-listed-twice',
        message: `Each sentence is listed once; listed twice: ${[...new Set(repeated)].join(', ')}.`,
      });
    const histories = await this.store.readStreams(sentenceIds.map(sentenceStreamId));
    const refusals: Refusal[] = [];
    const conflicts: Refusal[] = [];
    const planned: Planned[] = [];
    const occurredAt = this.clock.now().toISOString();
    for (const sentence of request.sentences) {
      const history = histories.get(sentenceStreamId(sentence.sentenceId)) ?? [];
      const outcome = await this.plan(recalculationId, request, sentence, history, context.scope, occurredAt, context);
      if ('rule' in outcome) (outcome.rule === 'recalculated-differently' ? conflicts : refusals).push(outcome);
      else planned.push(outcome);
    }
    if (refusals.length > 0)
      throw new UnprocessableEntityException({
        error: 'Unprocessable Entity',
        rule: 'recalculation-refused',
        message: `Nothing was recorded: ${refusals.length} of the sentences cannot take this change (each is named in refusals).`,
        refusals,
      });
    if (conflicts.length > 0)
      throw conflict('This recalculation already gave these sentences another date.', conflicts);
    const appends = planned.filter((p) => p.append !== undefined);
    const outcomes = appends.length > 0 ? await this.store.appendToStreams(appends.map((p) => p.append!)) : [];
    const lost: Refusal[] = [];
    const revisions = new Map<string, bigint>();
    outcomes.forEach((outcome, index) => {
      const { sentenceId } = appends[index];
      if (outcome.ok) revisions.set(sentenceId, outcome.result.nextExpectedRevision);
      else
        lost.push({
          sentenceId,
          rule: 'stale-revision',
          message: 'The sentence changed while the recalculation was being recorded; send the same request again.',
        });
    });
    if (lost.length > 0) throw conflict('Some sentences changed meanwhile; the others were recorded.', lost);
    const sentences: RecalculatedSentenceResponse[] = planned.map((p) => ({
      sentenceId: p.sentenceId,
      milestoneId: p.milestoneId,
      outcome: p.append ? 'recorded' : 'unchanged',
      revision: (revisions.get(p.sentenceId) ?? p.revision).toString(),
    }));
    return {
      recalculationId,
      lawChange: request.lawChange,
      recorded: sentences.filter((s) => s.outcome === 'recorded').length,
      unchanged: sentences.filter((s) => s.outcome === 'unchanged').length,
      sentences,
    };
  }

  private async plan(
    recalculationId: string,
    request: RecalculateReleaseDatesDto,
    sentence: { sentenceId: string; expectedReleaseDate: string },
    history: readonly RecordedEvent[],
    scope: AccessScope | undefined,
    occurredAt: string,
    context: CommandContext,
  ): Promise<Planned | Refusal> {
    const { sentenceId, expectedReleaseDate } = sentence;
    const milestoneId = recalculationMilestoneId(recalculationId, sentenceId);
    try {
      await this.reach.assert(sentenceId, scope);
      const revision = history.length > 0 ? history[history.length - 1].revision : -1n;
      const earlier = history.find(
        (e) =>
          e.type === 'SentenceMilestoneReached' &&
          (e.data as SentenceMilestoneReached['data']).milestoneId === milestoneId,
      );
      if (earlier) {
        const { detail } = earlier.data as Extract<SentenceMilestoneReached['data'], { kind: 'release-date-changed' }>;
        return detail.expectedReleaseDate === expectedReleaseDate && detail.lawChange === request.lawChange
          ? { sentenceId, milestoneId, revision }
          : {
              sentenceId,
              rule: 'recalculated-differently',
              message: `This recalculation already recorded ${detail.expectedReleaseDate} (${detail.lawChange}) for the sentence.`,
            };
      }
      const command: RecordSentenceMilestone = {
        type: 'RecordSentenceMilestone',
        data: {
          sentenceId,
          milestoneId,
          date: request.date,
          recordedOn: this.clock.today(),
          kind: 'release-date-changed',
          detail: { expectedReleaseDate, reason: 'change-in-law', lawChange: request.lawChange, recalculationId },
        },
      };
      const state = foldEvents(
        this.deciders.sentence,
        history.map((e) => ({ type: e.type, data: e.data }) as unknown as SentenceEvent),
      );
      const events = this.deciders.sentence.decide(command, state);
      return {
        sentenceId,
        milestoneId,
        revision,
        append: {
          streamId: sentenceStreamId(sentenceId),
          expectedRevision: revision < 0n ? 'no_stream' : revision,
          events: events.map((event) => ({
            id: randomUUID(),
            type: event.type,
            data: event.data,
            metadata: commandEventMetadata(context, event.type, occurredAt),
          })),
        },
      };
    } catch (error) {
      if (error instanceof DomainRuleViolation) return { sentenceId, rule: error.rule, message: error.message };
      throw error;
    }
  }
}

function conflict(message: string, sentences: readonly Refusal[]): ConflictException {
  return new ConflictException({ error: 'Conflict', rule: 'recalculation-conflict', message, sentences });
}
