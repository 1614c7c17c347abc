import { createHash } from 'node:crypto';
import { DomainRuleViolation, victimDecider, VictimCommand, victimStreamId } from '@vcs/domain';
import { EventStore } from '@vcs/event-store';
import { v5 as uuidv5 } from 'uuid';
import { Clock } from '../../../api/src/commands/clock';
import { CommandResult } from '../../../api/src/commands/command-context';
import { StreamCommandRunner } from '../../../api/src/commands/stream-command.runner';
import { WorkerClock } from './notification-settings';

const KEY_NAMESPACE = 'a4d2c1b0-5e6f-5a7b-8c9d-0e1f2a3b4c5d';

export type WorkerActor = 'notification-planner' | 'notification-worker';

export type CommandOutcome = { readonly done: true; readonly result: CommandResult } | { readonly done: false; readonly rule: string };

/**
 * The worker's way to change a victim stream: the API's own path (StreamCommandRunner: load, decide, append with
 * the expected revision), as a WORKER actor. Each command gets an idempotency key derived from its content (not
 * its date), so running the same command twice — a replay, a retried job — appends once. A refusal by the domain is
 * an answer, not an error: the caller decides what it means (for a duplicate, "already done").
 */
export class WorkerCommands {
  private readonly runner: StreamCommandRunner;

  constructor(
    store: EventStore,
    private readonly clock: WorkerClock,
  ) {
    const apiClock = new Clock();
    apiClock.now = () => clock.now();
    this.runner = new StreamCommandRunner(store, apiClock);
  }

  async run(actor: WorkerActor, command: VictimCommand, correlationId: string): Promise<CommandOutcome> {
    const { recordedOn: _recordedOn, ...identity } = command.data as { recordedOn?: string };
    const fingerprint = JSON.stringify({ type: command.type, data: identity });
    const idempotencyKey = uuidv5(`${actor}\u0000${fingerprint}`, KEY_NAMESPACE);
    try {
      const result = await this.runner.run(victimStreamId(command.data.victimId), victimDecider, command, {
        actor: { userId: actor, role: 'WORKER' },
        correlationId,
        idempotencyKey,
        requestHash: createHash('sha256').update(fingerprint).digest('hex'),
      });
      return { done: true, result };
    } catch (error) {
      if (error instanceof DomainRuleViolation) return { done: false, rule: error.rule };
      throw error;
    }
  }

  now(): Date {
    return this.clock.now();
  }
}
