import { createHash } from 'node:crypto';
import {
  DomainRuleViolation,
  DomainRuleCode,
  KnownVictim,
  schemaVersionOf,
  SystemActor,
  victimDecider,
  VictimCommand,
  victimStreamId,
} from '@vcs/domain';
import { EventStore, formatPosition, RecordedEvent } from '@vcs/event-store';
import { v5 as uuidv5 } from 'uuid';
import { Clock } from '../../../api/src/commands/clock';
import { CommandResult } from '../../../api/src/commands/command-context';
import { eventIdsFor } from '../../../api/src/commands/event-ids';
import { StreamCommandRunner } from '../../../api/src/commands/stream-command.runner';
import { appendsOf, StreamAppender } from './batched-appends';
import { WorkerClock } from './notification-settings';

const KEY_NAMESPACE = 'a4d2c1b0-5e6f-5a7b-8c9d-0e1f2a3b4c5d';

/** The notification processes, as the case history names them in words (the domain's SYSTEM_ACTOR_NAMES). */
export type WorkerActor = Extract<SystemActor, 'notification-planner' | 'notification-worker'>;

export type CommandOutcome =
  { readonly done: true; readonly result: CommandResult } | { readonly done: false; readonly rule: DomainRuleCode };

/** A victim's history as the worker read it, and its folded state: what a command is decided on. */
export interface LoadedVictim {
  readonly events: readonly RecordedEvent[];
  readonly state: KnownVictim;
}

/**
 * The worker's way to change a victim stream: the API's own path (StreamCommandRunner: load, decide, append with
 * the expected revision), as a WORKER actor. Each command gets an idempotency key derived from its content (not
 * its date), so running the same command twice — a replay, a retried job — appends once. A refusal by the domain is
 * an answer, not an error: the caller decides what it means (for a duplicate, "already done").
 */
export class WorkerCommands {
  private readonly runner: StreamCommandRunner;

  constructor(
    private readonly store: EventStore,
    private readonly clock: WorkerClock,
    /** Where `runOn` appends (the delivery worker groups concurrent jobs' appends; default: the store, one by one). */
    private readonly appends: StreamAppender = appendsOf(store),
  ) {
    const apiClock = new Clock();
    apiClock.now = () => clock.now();
    this.runner = new StreamCommandRunner(store, apiClock);
  }

  async run(actor: WorkerActor, command: VictimCommand, correlationId: string): Promise<CommandOutcome> {
    const key = keyOf(actor, command);
    try {
      const result = await this.runner.run(victimStreamId(command.data.victimId), victimDecider, command, {
        actor: { userId: actor, role: 'WORKER' },
        correlationId,
        idempotencyKey: key.idempotencyKey,
        requestHash: key.requestHash,
      });
      return { done: true, result };
    } catch (error) {
      if (error instanceof DomainRuleViolation) return { done: false, rule: error.rule };
      throw error;
    }
  }

  /**
   * The same command, decided on a history the caller has already read (no second read and decryption) and appended
   * with THAT history's revision as the expected revision, with the same derived event ids and metadata as `run`.
   * A stream that moved on since raises WrongExpectedRevisionError: the caller reads again and decides again.
   */
  async runOn(
    victim: LoadedVictim,
    actor: WorkerActor,
    command: VictimCommand,
    correlationId: string,
  ): Promise<CommandOutcome> {
    const key = keyOf(actor, command);
    const streamId = victimStreamId(command.data.victimId);
    const ids = eventIdsFor(1, actor, key.idempotencyKey);
    const last = victim.events[victim.events.length - 1];
    const done = (revision: bigint, events: string[], position: string | null = null): CommandOutcome => ({
      done: true,
      result: { streamId, id: command.data.victimId, revision: revision.toString(), position, events },
    });
    // Already appended by an earlier run of this command (same derived ids): the first answer again.
    const earlier = victim.events.filter((event) => event.metadata.idempotencyKey === key.idempotencyKey);
    if (earlier.length > 0 && earlier[0].id === ids[0]) {
      const mine = earlier[earlier.length - 1];
      return done(
        mine.revision,
        earlier.map((event) => event.type),
        formatPosition(mine.position),
      );
    }
    let decided;
    try {
      decided = victimDecider.decide(command, victim.state);
    } catch (error) {
      if (error instanceof DomainRuleViolation) return { done: false, rule: error.rule };
      throw error;
    }
    if (decided.length === 0) return done(last.revision, []);
    const eventIds = decided.length === ids.length ? ids : eventIdsFor(decided.length, actor, key.idempotencyKey);
    const occurredAt = this.clock.now().toISOString();
    const appended = await this.appends.append(
      streamId,
      decided.map((event, index) => ({
        id: eventIds[index],
        type: event.type,
        data: event.data,
        metadata: {
          correlationId,
          causationId: correlationId,
          actor: { userId: actor, role: 'WORKER' },
          occurredAt,
          schemaVersion: schemaVersionOf(event.type),
          idempotencyKey: key.idempotencyKey,
          requestHash: key.requestHash,
        },
      })),
      last.revision,
    );
    return done(
      appended.nextExpectedRevision,
      decided.map((event) => event.type),
      formatPosition(appended.position),
    );
  }

  /** The same commands, with `runOn` appending through `appends` (e.g. grouped with other jobs' appends). */
  appendingThrough(appends: StreamAppender): WorkerCommands {
    return new WorkerCommands(this.store, this.clock, appends);
  }

  now(): Date {
    return this.clock.now();
  }
}

function keyOf(actor: WorkerActor, command: VictimCommand): { idempotencyKey: string; requestHash: string } {
  const { recordedOn: _recordedOn, ...identity } = command.data as { recordedOn?: string };
  const fingerprint = JSON.stringify({ type: command.type, data: identity });
  return {
    idempotencyKey: uuidv5(`${actor}\u0000${fingerprint}`, KEY_NAMESPACE),
    requestHash: createHash('sha256').update(fingerprint).digest('hex'),
  };
}
