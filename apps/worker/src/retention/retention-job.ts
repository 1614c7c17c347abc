import {
  addCalendarMonths,
  DomainRuleViolation,
  EndedSentence,
  foldEvents,
  KnownVictim,
  schemaVersionOf,
  sentenceDecider,
  sentenceStreamId,
  SentenceEvent,
  VictimCommand,
  victimDecider,
  VictimEvent,
  victimStreamId,
} from '@vcs/domain';
import {
  DuplicateEventIdError,
  EventStore,
  readWholeStream,
  RecordedEvent,
  WrongExpectedRevisionError,
} from '@vcs/event-store';
import { errorSummary } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';

// Namespace for the ids of events this job appends: derived from (victim, what, closure), so a repeat is a duplicate.
const RETENTION_JOB_NAMESPACE = '3d0e4b6a-9f3c-5b1e-8c2d-7a4f6e1b9c05';
const ACTOR = { userId: 'retention-job', role: 'WORKER' } as const;
const CANDIDATES_PER_RUN = 1000;

export interface RetentionJobLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface RetentionRunResult {
  readonly closuresRecorded: number;
  readonly reviewsRaised: number;
  readonly refused: number;
  /** Victims the job could not handle this run (logged; tried again next run): one never stops the others. */
  readonly failed: number;
}

/** Ending milestones a `sentences-ended` closure names, as the domain's retention codes say them. */
const ENDING_OF_MILESTONE: Record<string, EndedSentence['ending']> = {
  'sentence-end': 'sentence-end',
  'licence-end': 'licence-end',
  death: 'offender-died',
  'absolute-discharge': 'absolute-discharge',
};

/**
 * The retention job (docs/privacy.md). Each run, for "today":
 * 1. **Closures**: victims who withdrew or declined (and did not come back), or all of whose linked sentences ended,
 *    get RecordCaseClosed, dated by the fact that closed the case (the withdrawal, or the last sentence's end).
 * 2. **Reviews**: closed cases whose closure is at least RETENTION_PERIOD_MONTHS old get RaiseRetentionReview (once per
 *    closure; the domain refuses a second), which the caseload shows administrators as a `retention-review` task.
 * Candidates come from the read models (victim_case_view, sentence_view); every decision is taken by the domain on the
 * victim's and sentences' own event streams, so a lagging read model can only delay a closure, never fake one.
 * Nothing here erases anything: erasure needs an ADMIN's decision and command.
 */
export class RetentionJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly retentionPeriodMonths: number,
    private readonly log: RetentionJobLog,
  ) {}

  async runOnce(today: string): Promise<RetentionRunResult> {
    const result = { closuresRecorded: 0, reviewsRaised: 0, refused: 0, failed: 0 };
    const closedNow: string[] = [];
    for (const victimId of await this.closureCandidates()) {
      const outcome = await this.guarded(victimId, 'closure', () => this.recordClosure(victimId, today));
      if (outcome === 'appended') closedNow.push(victimId);
      if (outcome === 'refused') result.refused++;
      if (outcome === 'failed') result.failed++;
    }
    result.closuresRecorded = closedNow.length;
    // A case that closed long ago (e.g. a sentence end recorded late) is reviewed in the same run, not after the read
    // model has seen the closure.
    for (const victimId of new Set([...closedNow, ...(await this.reviewCandidates(today))])) {
      const outcome = await this.guarded(victimId, 'review', () => this.raiseReview(victimId, today));
      if (outcome === 'appended') result.reviewsRaised++;
      if (outcome === 'refused') result.refused++;
      if (outcome === 'failed') result.failed++;
    }
    if (result.closuresRecorded + result.reviewsRaised + result.refused + result.failed > 0)
      this.log.info({ today, ...result }, 'retention job ran');
    return result;
  }

  /** One victim's failure (an unreadable history, a database error) is logged and left for the next run. */
  private async guarded(
    victimId: string,
    step: 'closure' | 'review',
    work: () => Promise<Outcome>,
  ): Promise<Outcome | 'failed'> {
    try {
      return await work();
    } catch (error) {
      this.log.error(
        { consumer: 'retention-job', step, victimId, err: errorSummary(error) },
        'retention job could not handle a victim; the others go on, it is tried again next run',
      );
      return 'failed';
    }
  }

  /** Open cases that look closed: opted out, or every linked sentence ended (or its licence ended). */
  private async closureCandidates(): Promise<string[]> {
    const rows: { victim_id: string }[] = await this.dataSource.query(
      `SELECT v.victim_id::text AS victim_id FROM victim_case_view v
        WHERE v.status <> 'closed' AND NOT v.personal_data_erased
          AND (v.status IN ('withdrawn', 'declined')
               OR NOT EXISTS (SELECT 1 FROM unnest(v.sentence_ids) AS s(sentence_id)
                              LEFT JOIN sentence_view sv ON sv.sentence_id = s.sentence_id
                              WHERE sv.sentence_id IS NULL OR (sv.ended_on IS NULL AND sv.custody_status <> 'licence-ended')))
        ORDER BY v.victim_id LIMIT $1`,
      [CANDIDATES_PER_RUN],
    );
    return rows.map((row) => row.victim_id);
  }

  /** Closed cases whose closure is older than the retention period with no review yet, or retained until a day now come. */
  private async reviewCandidates(today: string): Promise<string[]> {
    const rows: { victim_id: string }[] = await this.dataSource.query(
      `SELECT victim_id::text AS victim_id FROM victim_case_view
        WHERE status = 'closed' AND NOT personal_data_erased
          AND enrolment->'closure'->>'closedOn' <= $1
          AND (jsonb_typeof(enrolment->'retention') IS DISTINCT FROM 'object'
               OR enrolment->'retention'->>'reviewRaisedOn' IS NULL
               OR (enrolment->'retention'->'decision'->>'decision' = 'retain' AND enrolment->'retention'->'decision'->>'retainUntil' <= $2))
        ORDER BY victim_id LIMIT $3`,
      [addCalendarMonths(today, -this.retentionPeriodMonths), today, CANDIDATES_PER_RUN],
    );
    return rows.map((row) => row.victim_id);
  }

  private async recordClosure(victimId: string, today: string): Promise<Outcome> {
    const { state } = await this.victim(victimId);
    if (!state || state.closure || state.erasure) return 'nothing';
    if (state.participation === 'withdrawn' || state.participation === 'declined') {
      const closedOn = state.optedOutOn ?? today;
      const reason = state.participation === 'withdrawn' ? 'victim-withdrew' : 'victim-declined';
      return this.send(victimId, `case-closed:${closedOn}`, {
        type: 'RecordCaseClosed',
        data: { victimId, closedOn, recordedOn: today, reason },
      });
    }
    const endedSentences: EndedSentence[] = [];
    for (const sentenceId of state.linkedSentenceIds) {
      const ended = await this.endOf(sentenceId);
      if (!ended) return 'nothing';
      endedSentences.push(ended);
    }
    if (endedSentences.length === 0) return 'nothing';
    const closedOn = endedSentences
      .map((s) => s.endedOn)
      .sort()
      .at(-1) as string;
    return this.send(victimId, `case-closed:${closedOn}`, {
      type: 'RecordCaseClosed',
      data: { victimId, closedOn, recordedOn: today, reason: 'sentences-ended', endedSentences },
    });
  }

  private async raiseReview(victimId: string, today: string): Promise<Outcome> {
    const { state } = await this.victim(victimId);
    if (!state?.closure || state.erasure) return 'nothing';
    const { closedOn } = state.closure;
    if (closedOn > addCalendarMonths(today, -this.retentionPeriodMonths)) return 'nothing';
    // Once per closure; again only when a decision to retain reaches its retain-until date (the domain's rule).
    const { reviewRaisedOn, decision } = state.retention;
    const retainedUntil = decision?.decision === 'retain' ? decision.retainUntil : undefined;
    if (reviewRaisedOn !== undefined && (retainedUntil === undefined || retainedUntil > today)) return 'nothing';
    return this.send(victimId, `retention-review:${closedOn}:${retainedUntil ?? 'first'}`, {
      type: 'RaiseRetentionReview',
      data: {
        victimId,
        raisedOn: today,
        recordedOn: today,
        closedOn,
        retentionPeriodMonths: this.retentionPeriodMonths,
      },
    });
  }

  /** How and when the sentence ended, from its own stream; undefined while it runs. */
  private async endOf(sentenceId: string): Promise<EndedSentence | undefined> {
    const events = await readWholeStream(this.store, sentenceStreamId(sentenceId));
    const state = foldEvents(sentenceDecider, events.map(asDomainEvent<SentenceEvent>));
    if (!state.exists) return undefined;
    if (state.ended) {
      const ending =
        state.ended.by === 'conviction-quashed' ? 'conviction-quashed' : ENDING_OF_MILESTONE[state.ended.by];
      return ending ? { sentenceId, ending, endedOn: state.ended.on } : undefined;
    }
    if (state.status !== 'licence-ended') return undefined;
    const licenceEnd = events
      .filter((e) => e.type === 'SentenceMilestoneReached' && (e.data as { kind?: unknown }).kind === 'licence-end')
      .at(-1);
    const endedOn = (licenceEnd?.data as { date?: unknown } | undefined)?.date;
    return typeof endedOn === 'string' ? { sentenceId, ending: 'licence-end', endedOn } : undefined;
  }

  private async victim(victimId: string): Promise<{ state: KnownVictim | undefined; history: RecordedEvent[] }> {
    const history = await readWholeStream(this.store, victimStreamId(victimId));
    const state = foldEvents(victimDecider, history.map(asDomainEvent<VictimEvent>));
    return { state: state.exists ? state : undefined, history };
  }

  /**
   * Decides on the fresh stream and appends with its revision; the event ids derive from (victim, what), so a repeat
   * after a crash, or by a second replica, is a duplicate the store refuses. A rule the domain refuses is logged (codes
   * only) and left for the next run or an administrator.
   */
  private async send(victimId: string, what: string, command: VictimCommand): Promise<Outcome> {
    const streamId = victimStreamId(victimId);
    const history = await readWholeStream(this.store, streamId);
    const state = foldEvents(victimDecider, history.map(asDomainEvent<VictimEvent>));
    let decided: VictimEvent[];
    try {
      decided = victimDecider.decide(command, state);
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      this.log.warn(
        { victimId, command: command.type, rule: error.rule },
        'retention job: the domain refused the command',
      );
      return 'refused';
    }
    if (decided.length === 0) return 'nothing';
    const occurredAt = new Date().toISOString();
    const correlationId = uuidv5(`${victimId}\u0000${what}`, RETENTION_JOB_NAMESPACE);
    try {
      await this.store.appendToStream(
        streamId,
        decided.map((event, index) => ({
          id: uuidv5(`${victimId}\u0000${what}\u0000${index}`, RETENTION_JOB_NAMESPACE),
          type: event.type,
          data: event.data,
          metadata: {
            correlationId,
            causationId: correlationId,
            actor: ACTOR,
            occurredAt,
            schemaVersion: schemaVersionOf(event.type),
          },
        })),
        history.length === 0 ? 'no_stream' : BigInt(history.length - 1),
      );
      return 'appended';
    } catch (error) {
      if (error instanceof DuplicateEventIdError || error instanceof WrongExpectedRevisionError) return 'nothing'; // done elsewhere, or next run
      throw error;
    }
  }
}

type Outcome = 'appended' | 'nothing' | 'refused';

function asDomainEvent<E>(event: RecordedEvent): E {
  return { type: event.type, data: event.data } as unknown as E;
}
