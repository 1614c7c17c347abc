import { DomainEventType, schemaVersionOf } from '@vcs/domain';
import { EventMetadata } from '@vcs/event-store';
import { CommandContext } from './command-context';

/** The metadata every event a command decides carries: who, why, when, and the version of its data's schema. */
export function commandEventMetadata(
  context: CommandContext,
  type: DomainEventType,
  occurredAt: string,
): EventMetadata {
  return {
    correlationId: context.correlationId,
    causationId: context.correlationId,
    actor: context.actor,
    occurredAt,
    schemaVersion: schemaVersionOf(type),
  };
}
