import { Decider, DomainEventType, DomainRuleViolation, IsoDate, schemaVersionOf, toDayNumber } from '@vcs/domain';
import { Actor, EventToAppend, ExpectedRevision } from '@vcs/event-store';
import { flat, Random } from './rng';

/** One append of the seeded history: what a command handler would write, with the expected revision it would pass. */
export interface PlannedAppend {
  readonly streamId: string;
  /** Day number the append is made on; the seeder writes in this order (streams stay in revision order). */
  readonly day: number;
  /** Ties on the same day: sentences first, then referrals, then the rest. */
  readonly priority: number;
  readonly expectedRevision: ExpectedRevision;
  readonly eventCount: number;
  /** Appends that must be in the store first (the sentence a referral names, the referrals a meeting considers). */
  readonly dependsOn: readonly PlannedAppend[];
  /** Dropped once appended, to keep the heap small. */
  events: EventToAppend[] | undefined;
}

/** Commands the domain refused while the history was generated (by rule), for the report: the history holds only accepted ones. */
export type Refusals = Map<string, number>;

interface DomainEventShape {
  readonly type: DomainEventType;
  readonly data: unknown;
}

/**
 * Builds one stream the way the API does: fold, decide, append with the stream's revision. A command the domain
 * refuses is dropped (and counted), so every stored event is one the deciders accepted.
 */
export class StreamBuilder<State, Command, Event extends DomainEventShape> {
  readonly appends: PlannedAppend[] = [];
  private state: State;
  private pending: EventToAppend[] = [];
  private length = 0;

  constructor(
    readonly streamId: string,
    private readonly decider: Decider<State, Command, Event>,
    private readonly random: Random,
    private readonly refusals: Refusals,
  ) {
    this.state = decider.initialState();
  }

  get current(): State {
    return this.state;
  }

  /** Decides `command` on the current state; the events wait for the next `flush`. False when the domain refused it. */
  decide(command: Command, on: IsoDate, actor: Actor): boolean {
    let events: Event[];
    try {
      events = this.decider.decide(command, this.state);
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      this.refusals.set(error.rule, (this.refusals.get(error.rule) ?? 0) + 1);
      return false;
    }
    const occurredAt = flat(
      `${on}T${String(this.random.int(8, 17)).padStart(2, '0')}:${String(this.random.int(0, 59)).padStart(2, '0')}:00.000Z`,
    );
    const correlationId = this.random.uuid();
    for (const event of events) {
      this.state = this.decider.evolve(this.state, event);
      this.pending.push({
        id: this.random.uuid(),
        type: event.type,
        data: event.data,
        metadata: {
          correlationId,
          causationId: correlationId,
          actor,
          occurredAt,
          schemaVersion: schemaVersionOf(event.type),
        },
      });
    }
    return true;
  }

  /** Turns the events decided since the last flush into one append made on `on`. */
  flush(on: IsoDate, priority: number, dependsOn: readonly PlannedAppend[] = []): PlannedAppend | undefined {
    if (this.pending.length === 0) return undefined;
    const append: PlannedAppend = {
      streamId: this.streamId,
      day: Math.max(toDayNumber(on), this.appends.length > 0 ? this.appends[this.appends.length - 1].day : 0),
      priority,
      expectedRevision: this.length === 0 ? 'no_stream' : BigInt(this.length - 1),
      eventCount: this.pending.length,
      dependsOn,
      events: this.pending,
    };
    this.length += this.pending.length;
    this.pending = [];
    this.appends.push(append);
    return append;
  }
}

export const PRIORITY = { sentence: 0, referral: 1, other: 2 } as const;
