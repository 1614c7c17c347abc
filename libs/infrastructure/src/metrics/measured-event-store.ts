import { EventStore, StreamAppendOutcome, WrongExpectedRevisionError } from '@vcs/event-store';
import { ServiceMetrics } from './service-metrics';

/**
 * The event store with its appends timed (vcs_event_store_append_duration_seconds). A Proxy, so everything else the
 * inner store offers (reads, subscriptions, a sealed-history reader's extra methods) passes through untouched.
 */
export function measuredEventStore<T extends EventStore>(inner: T, metrics: ServiceMetrics): T {
  const histogram = metrics.eventStoreAppendDuration;
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'appendToStream') {
        return async (...args: Parameters<EventStore['appendToStream']>) => {
          const end = histogram.startTimer({ operation: 'appendToStream' });
          try {
            const result = await target.appendToStream(...args);
            end({ outcome: 'ok' });
            return result;
          } catch (error) {
            end({ outcome: error instanceof WrongExpectedRevisionError ? 'conflict' : 'error' });
            throw error;
          }
        };
      }
      if (property === 'appendToStreams') {
        return async (...args: Parameters<EventStore['appendToStreams']>) => {
          const end = histogram.startTimer({ operation: 'appendToStreams' });
          try {
            const outcomes: StreamAppendOutcome[] = await target.appendToStreams(...args);
            end({ outcome: outcomes.every((outcome) => outcome.ok) ? 'ok' : 'conflict' });
            return outcomes;
          } catch (error) {
            end({ outcome: 'error' });
            throw error;
          }
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
