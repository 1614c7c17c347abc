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
  SystemActor,
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
import { errorSummary, parkedWork } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { attempt, DEFAULT_PARKING_POLICY, ParkingPolicy } from '../consumers/parking';

/** The name the retention job's parked work goes under (`npm run consumers:retry retention-job`). */
export const RETENTION_JOB_CONSUMER = 'retention-job';

// Namespace for the ids of events this job appends: derived from (victim, what, closure), so a repeat is a duplicate.
const RETENTION_JOB_NAMESPACE = '3d0e4b6a-9f3c-5b1e-8c2d-7a4f6e1b9c05';
const ACTOR = { userId: 'retention-job' satisfies SystemActor, role: 'WORKER' } as const;
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
  /** Victims the job could not handle this run, after every attempt: one never stops the others. */
  readonly failed: number;
  /** Of those, the ones parked (their work waits for an operator's retry); the rest failed in an outage, tried next run. */
  readonly parked: number;
}

type Step = 'closure' | 'review';
const STEP_KIND: Record<Step, string> = { closure: 'retention-closure', review: 'retention-review' };
const STEP_OF_KIND: Record<string, Step | undefined> = { 'retention-closure': 'closure', 'retention-review': 'review' };

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
 *
 * One victim the job cannot handle never holds back the others, as with every consumer (docs/ARCHITECTURE.md, "Parked
 * work"): its step is tried `parking.attempts` times, then **parked** under `retention-job` (a `parked_events` row on
 * the victim's stream, kind `retention-closure` or `retention-review`, position 0/0: not an event but the job's work),
 * unless PostgreSQL or the event store does not answer (an outage parks nothing: tried again next run). A victim with
 * parked work is left out of later runs' candidates until an operator asks for a retry (`npm run consumers:retry
 * retention-job`, `POST /parked-work/retry`), which `retryParked` (each run, and the service every few seconds) does.
 */
export class RetentionJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly retentionPeriodMonths: number,
    private readonly log: RetentionJobLog,
    private readonly parking: ParkingPolicy = DEFAULT_PARKING_POLICY,
  ) {}

  async runOnce(today: string): Promise<RetentionRunResult> {
    await this.retryParked(today);
    const result = { closuresRecorded: 0, reviewsRaised: 0, refused: 0, failed: 0, parked: 0 };
    const count = (outcome: Outcome | 'failed' | 'parked') => {
      if (outcome === 'refused') result.refused++;
      if (outcome === 'failed' || outcome === 'parked') result.failed++;
      if (outcome === 'parked') result.parked++;
    };
    const closedNow: string[] = [];
    for (const victimId of await this.closureCandidates()) {
      const outcome = await this.guarded(victimId, 'closure', today);
      if (outcome === 'appended') closedNow.push(victimId);
      count(outcome);
    }
    result.closuresRecorded = closedNow.length;
    // A case that closed long ago (e.g. a sentence end recorded late) is reviewed in the same run, not after the read
    // model has seen the closure.
    for (const victimId of new Set([...closedNow, ...(await this.reviewCandidates(today))])) {
      const outcome = await this.guarded(victimId, 'review', today);
      if (outcome === 'appended') result.reviewsRaised++;
      count(outcome);
    }
    if (result.closuresRecorded + result.reviewsRaised + result.refused + result.failed > 0)
      this.log.info({ today, ...result }, 'retention job ran');
    return result;
  }

  /**
   * The parked work an operator asked to retry, each victim's step tried again: done, it is released; failing again,
   * it stays parked with the new error. Answers how many were released.
   */
  async retryParked(today: string): Promise<number> {
    if (!(await parkedWork.retryAsked(this.dataSource, RETENTION_JOB_CONSUMER))) return 0;
    let released = 0;
    for (const parked of await parkedWork.toRetry(this.dataSource, RETENTION_JOB_CONSUMER)) {
      const step = STEP_OF_KIND[parked.eventType];
      const victimId = parked.streamId.replace(/^victim-/, '');
      let outcome: Outcome | undefined;
      const failure = step
        ? await attempt(async () => void (outcome = await this.stepOf(step, victimId, today)), this.parking)
        : new Error(`not a retention job step: ${parked.eventType}`);
      if (failure === undefined) {
        await parkedWork.release(this.dataSource, RETENTION_JOB_CONSUMER, parked.eventId);
        released++;
        this.log.info({ consumer: RETENTION_JOB_CONSUMER, step, victimId, outcome }, 'parked retention work retried');
        continue;
      }
      const error = errorSummary(failure);
      await parkedWork.failedAgain(
        this.dataSource,
        RETENTION_JOB_CONSUMER,
        parked.streamId,
        parked.eventId,
        error,
        this.parking.attempts,
      );
      this.log.error(
        { consumer: RETENTION_JOB_CONSUMER, step, victimId, err: error },
        'parked retention work failed again on retry; it stays parked',
      );
    }
    return released;
  }

  private stepOf(step: Step, victimId: string, today: string): Promise<Outcome> {
    return step === 'closure' ? this.recordClosure(victimId, today) : this.raiseReview(victimId, today);
  }

  /**
   * One victim's step, tried `parking.attempts` times; then parked (the others go on, it waits for a retry), unless
   * the failure is an outage (PostgreSQL or the event store does not answer): then it is tried again next run.
   */
  private async guarded(victimId: string, step: Step, today: string): Promise<Outcome | 'failed' | 'parked'> {
    let outcome: Outcome = 'nothing';
    const failure = await attempt(async () => void (outcome = await this.stepOf(step, victimId, today)), this.parking);
    if (failure === undefined) return outcome;
    const err = errorSummary(failure);
    if (!(await this.dependenciesAnswer())) {
      this.log.error(
        { consumer: RETENTION_JOB_CONSUMER, step, victimId, err },
        'retention job could not handle a victim while its database or event store did not answer; tried again next run',
      );
      return 'failed';
    }
    await parkedWork.parkJobWork(
      this.dataSource,
      RETENTION_JOB_CONSUMER,
      {
        workId: uuidv5(`${victimId}\u0000parked:${step}`, RETENTION_JOB_NAMESPACE),
        streamId: victimStreamId(victimId),
        kind: STEP_KIND[step],
      },
      err,
      this.parking.attempts,
    );
    this.log.error(
      { consumer: RETENTION_JOB_CONSUMER, eventType: STEP_KIND[step], victimId, attempts: this.parking.attempts, err },
      'consumer parked an event it could not handle; the rest of its stream waits behind it, every other stream goes on',
    );
    return 'parked';
  }

  private async dependenciesAnswer(): Promise<boolean> {
    try {
      await Promise.all([this.dataSource.query('SELECT 1'), this.store.ping()]);
      return true;
    } catch {
      return false;
    }
  }

  /** Open cases that look closed: opted out, or every linked sentence ended (or its licence ended). */
  private async closureCandidates(): Promise<string[]> {
    const rows: { victim_id: string }[] = await this.dataSource.query(
      `SELECT v.victim_id::text AS victim_id FROM victim_case_view v
        WHERE v.status <> 'closed' AND NOT v.personal_data_erased
          AND NOT EXISTS (SELECT 1 FROM parked_events p WHERE p.consumer = $2 AND p.stream_id = 'victim-' || v.victim_id::text)
          AND (v.status IN ('withdrawn', 'declined')
               OR NOT EXISTS (SELECT 1 FROM unnest(v.sentence_ids) AS s(sentence_id)
                              LEFT JOIN sentence_view sv ON sv.sentence_id = s.sentence_id
                              WHERE sv.sentence_id IS NULL OR (sv.ended_on IS NULL AND sv.custody_status <> 'licence-ended')))
        ORDER BY v.victim_id LIMIT $1`,
      [CANDIDATES_PER_RUN, RETENTION_JOB_CONSUMER],
    );
    return rows.map((row) => row.victim_id);
  }

  /** Closed cases whose closure is older than the retention period with no review yet, or retained until a day now come. */
  private async reviewCandidates(today: string): Promise<string[]> {
    const rows: { victim_id: string }[] = await this.dataSource.query(
      `SELECT victim_id::text AS victim_id FROM victim_case_view v
        WHERE status = 'closed' AND NOT personal_data_erased
          AND NOT EXISTS (SELECT 1 FROM parked_events p WHERE p.consumer = $4 AND p.stream_id = 'victim-' || v.victim_id::text)
          AND enrolment->'closure'->>'closedOn' <= $1
          AND (jsonb_typeof(enrolment->'retention') IS DISTINCT FROM 'object'
               OR enrolment->'retention'->>'reviewRaisedOn' IS NULL
               OR (enrolment->'retention'->'decision'->>'decision' = 'retain' AND enrolment->'retention'->'decision'->>'retainUntil' <= $2))
        ORDER BY victim_id LIMIT $3`,
      [addCalendarMonths(today, -this.retentionPeriodMonths), today, CANDIDATES_PER_RUN, RETENTION_JOB_CONSUMER],
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
