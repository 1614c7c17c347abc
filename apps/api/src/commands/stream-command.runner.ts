import { Inject, Injectable } from '@nestjs/common';
import {
  AccessBasis,
  accessBasis,
  AccessScope,
  CaseAccess,
  Decider,
  DomainEvent,
  foldEvents,
  NotFound,
} from '@vcs/domain';
import {
  DuplicateEventIdError,
  EVENT_STORE,
  EventStore,
  EventToAppend,
  formatPosition,
  readWholeStream,
  RecordedEvent,
  WrongExpectedRevisionError,
} from '@vcs/event-store';
import { CaseAccessResolver } from './case-access.resolver';
import { Clock } from './clock';
import { CommandContext, CommandResult } from './command-context';
import { eventIdsFor } from './event-ids';
import { commandEventMetadata } from './event-metadata';

// Without If-Match, a command that lost a race is decided again on the fresh stream; the domain rules still hold.
const RETRIES_WITHOUT_IF_MATCH = 3;
const VICTIM_STREAM_PREFIX = 'victim-';

/** How a command reaches a victim's case beyond the caller's units and grants (a transfer into the caller's unit). */
export interface RunOptions {
  readonly alsoReaches?: (scope: AccessScope, access: CaseAccess) => boolean;
}

interface StoredDomainEvent {
  readonly type: DomainEvent['type'];
  readonly data: DomainEvent['data'];
}

/**
 * Loads a stream, folds it, decides, and appends with the stream's revision as the expected revision:
 * the one path every command takes, so every command gets the same concurrency and idempotency guarantees.
 */
@Injectable()
export class StreamCommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly caseAccess: CaseAccessResolver = new CaseAccessResolver(store),
  ) {}

  async run<State, Command, Event extends StoredDomainEvent>(
    streamId: string,
    decider: Decider<State, Command, Event>,
    command: Command,
    context: CommandContext,
    options: RunOptions = {},
  ): Promise<CommandResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(streamId, decider, command, context, options);
      } catch (error) {
        const mayRetry =
          error instanceof WrongExpectedRevisionError &&
          context.expectedRevision === undefined &&
          attempt < RETRIES_WITHOUT_IF_MATCH;
        if (!mayRetry) throw error;
      }
    }
  }

  private async attempt<State, Command, Event extends StoredDomainEvent>(
    streamId: string,
    decider: Decider<State, Command, Event>,
    command: Command,
    context: CommandContext,
    options: RunOptions,
  ): Promise<CommandResult> {
    const history = await readWholeStream(this.store, streamId);
    // Before any rule is looked at: a victim outside the caller's scope is answered exactly like an unknown one.
    const basis = await this.reach(streamId, history, context, options);
    const current = history.length > 0 ? history[history.length - 1].revision : undefined;
    if (context.expectedRevision !== undefined && context.expectedRevision !== current) {
      throw new WrongExpectedRevisionError(streamId, context.expectedRevision, current ?? 'no_stream');
    }
    const replayed = this.alreadyApplied(streamId, history, context);
    if (replayed) return replayed;

    const state = foldEvents(
      decider,
      history.map((event) => ({ type: event.type, data: event.data }) as unknown as Event),
    );
    const decided = decider.decide(command, state);
    // Checked, not recorded: the caller learns the command would be accepted (or the rule that refuses it, thrown above).
    if (decided.length === 0 || context.validateOnly)
      return result(streamId, current, undefined, context.validateOnly ? decided.map((e) => e.type) : []);

    const ids = eventIdsFor(decided.length, context.actor.userId, context.idempotencyKey);
    const occurredAt = this.clock.now().toISOString();
    const toAppend: EventToAppend[] = decided.map((event, index) => ({
      id: ids[index],
      type: event.type,
      data: event.data,
      metadata: {
        ...commandEventMetadata(context, event.type, occurredAt),
        ...(basis?.basis === 'grant' ? { accessGrantId: basis.grantId } : {}),
        ...(context.idempotencyKey ? { idempotencyKey: context.idempotencyKey, requestHash: context.requestHash } : {}),
      },
    }));
    const appended = await this.store
      .appendToStream(streamId, toAppend, current ?? 'no_stream')
      .catch((error: unknown) => {
        // Ids derived from this key are already in the history on another stream: the key was used for another request.
        throw error instanceof DuplicateEventIdError ? new IdempotencyKeyReusedError() : error;
      });
    return result(
      streamId,
      appended.nextExpectedRevision,
      formatPosition(appended.position),
      decided.map((e) => e.type),
    );
  }

  /** How the caller reaches this victim's case; throws the domain's victim-not-found when they do not. */
  private async reach(
    streamId: string,
    history: readonly RecordedEvent[],
    context: CommandContext,
    options: RunOptions,
  ): Promise<AccessBasis | undefined> {
    if (!context.scope || !streamId.startsWith(VICTIM_STREAM_PREFIX) || history.length === 0) return undefined;
    const access = await this.caseAccess.resolve(history);
    if (!access) return undefined;
    const basis = accessBasis(context.scope, access, this.clock.now().toISOString());
    if (basis) return basis;
    if (options.alsoReaches?.(context.scope, access)) return { basis: 'unit' };
    const victimId = streamId.slice(VICTIM_STREAM_PREFIX.length);
    throw new NotFound('victim-not-found', `No victim ${victimId} is recorded.`);
  }

  /** A retry whose events are already in the stream (same derived ids) gets the first result back. */
  private alreadyApplied(
    streamId: string,
    history: RecordedEvent[],
    context: CommandContext,
  ): CommandResult | undefined {
    if (!context.idempotencyKey) return undefined;
    const [firstId] = eventIdsFor(1, context.actor.userId, context.idempotencyKey);
    const start = history.findIndex((event) => event.id === firstId);
    if (start < 0) return undefined;
    if (history[start].metadata.requestHash !== context.requestHash) throw new IdempotencyKeyReusedError();
    const mine = history.slice(start).filter((event) => event.metadata.idempotencyKey === context.idempotencyKey);
    const last = mine[mine.length - 1];
    return result(
      streamId,
      last.revision,
      formatPosition(last.position),
      mine.map((e) => e.type),
    );
  }
}

/** The same Idempotency-Key came with a different request: refusing beats guessing which one was meant. */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('this Idempotency-Key was already used for a different request');
    this.name = 'IdempotencyKeyReusedError';
  }
}

function result(
  streamId: string,
  revision: bigint | undefined,
  position: string | undefined,
  events: string[],
): CommandResult {
  return {
    streamId,
    id: streamId.slice(streamId.indexOf('-') + 1),
    revision: revision === undefined ? '-1' : revision.toString(),
    position: position ?? null,
    events,
  };
}
