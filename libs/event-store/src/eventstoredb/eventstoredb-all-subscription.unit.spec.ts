import { AccessDeniedError, AllStreamResolvedEvent, UnavailableError } from '@kurrent/kurrentdb-client';
import { Readable } from 'node:stream';
import { RecordedEvent } from '../event-store.port';
import { GlobalPosition } from '../global-position';
import { EventStoreDbAllSubscription, ResolvedEventFeed } from './eventstoredb-all-subscription';

/** A stand-in for the client's AllStreamSubscription: an object-mode Readable the test pushes into. */
class FakeFeed extends Readable implements ResolvedEventFeed {
  unsubscribed = false;

  constructor(readonly from: GlobalPosition | undefined) {
    super({ objectMode: true, read: () => undefined });
  }

  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
  }

  deliver(...events: AllStreamResolvedEvent[]): void {
    for (const event of events) this.push(event);
  }

  fail(error: Error): void {
    this.emit('error', error);
  }
}

function resolved(n: number, overrides: { streamId?: string; type?: string } = {}): AllStreamResolvedEvent {
  return {
    event: {
      streamId: overrides.streamId ?? 'case-1',
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      type: overrides.type ?? 'ContactRecorded',
      revision: BigInt(n),
      created: new Date(0),
      isJson: true,
      data: { n },
      metadata: {
        correlationId: 'c',
        causationId: 'c',
        actor: { userId: 'u', role: 'VLO' },
        occurredAt: 'x',
        schemaVersion: 1,
      },
      position: at(n),
    },
    commitPosition: BigInt(n * 100),
  };
}

function at(n: number): GlobalPosition {
  return { commit: BigInt(n * 100), prepare: BigInt(n * 100) };
}

function setUp(after?: GlobalPosition) {
  const feeds: FakeFeed[] = [];
  const errors: unknown[] = [];
  let opened: () => void = () => undefined;
  const subscription = new EventStoreDbAllSubscription({
    after,
    open: (from) => {
      const feed = new FakeFeed(from);
      feeds.push(feed);
      opened();
      return feed;
    },
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    onError: (error) => errors.push(error),
    onClose: () => undefined,
  });
  const waitForFeed = async (count: number): Promise<FakeFeed> => {
    while (feeds.length < count) await new Promise<void>((resolve) => (opened = resolve));
    return feeds[count - 1];
  };
  return { subscription, feeds, errors, waitForFeed };
}

async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  while (taken.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}

describe('EventStoreDbAllSubscription', () => {
  it('opens from the requested position and delivers events in order', async () => {
    const { subscription, waitForFeed } = setUp(at(1));
    const iterator = subscription[Symbol.asyncIterator]();
    const received = take(iterator, 2);
    const feed = await waitForFeed(1);

    expect(feed.from).toEqual(at(1));
    feed.deliver(resolved(2), resolved(3));

    expect((await received).map((e) => e.revision)).toEqual([2n, 3n]);
    await subscription.close();
  });

  it('drops the event at the starting position and any system event the filter let through', async () => {
    const { subscription, waitForFeed } = setUp(at(1));
    const received = take(subscription[Symbol.asyncIterator](), 1);
    const feed = await waitForFeed(1);

    feed.deliver(resolved(1), resolved(2, { type: '$metadata' }), resolved(3, { streamId: '$settings' }), resolved(4));

    expect((await received).map((e) => e.revision)).toEqual([4n]);
    await subscription.close();
  });

  it('resubscribes from the last delivered position after an error, without duplicates or gaps', async () => {
    const { subscription, waitForFeed, errors } = setUp();
    const iterator = subscription[Symbol.asyncIterator]();
    const first = take(iterator, 2);
    const feed1 = await waitForFeed(1);
    expect(feed1.from).toBeUndefined();
    feed1.deliver(resolved(1), resolved(2));
    expect((await first).map((e) => e.revision)).toEqual([1n, 2n]);

    const second = take(iterator, 2);
    feed1.fail(new UnavailableError());
    const feed2 = await waitForFeed(2);

    expect(feed1.unsubscribed).toBe(true);
    expect(feed2.from).toEqual(at(2));
    // An inclusive restart re-sends the event at the position: it must not be delivered again.
    feed2.deliver(resolved(2), resolved(3), resolved(4));
    expect((await second).map((e) => e.revision)).toEqual([3n, 4n]);
    expect(errors[0]).toBeInstanceOf(UnavailableError);
    await subscription.close();
  });

  it('resubscribes when the server ends the subscription', async () => {
    const { subscription, waitForFeed } = setUp();
    const iterator = subscription[Symbol.asyncIterator]();
    const received = take(iterator, 2);
    const feed1 = await waitForFeed(1);
    feed1.deliver(resolved(1));
    feed1.push(null);
    const feed2 = await waitForFeed(2);

    expect(feed2.from).toEqual(at(1));
    feed2.deliver(resolved(2));
    expect((await received).map((e) => e.revision)).toEqual([1n, 2n]);
    await subscription.close();
  });

  it('gives up on errors resubscribing cannot cure', async () => {
    const { subscription, waitForFeed } = setUp();
    const iterator = subscription[Symbol.asyncIterator]();
    const next = iterator.next();
    (await waitForFeed(1)).fail(new AccessDeniedError());

    await expect(next).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('ends a pending iteration when closed', async () => {
    const { subscription, waitForFeed } = setUp();
    const iterator = subscription[Symbol.asyncIterator]();
    const next = iterator.next();
    const feed = await waitForFeed(1);

    await subscription.close();

    await expect(next).resolves.toEqual({ done: true, value: undefined });
    expect(feed.unsubscribed).toBe(true);
  });

  it('ends when closed while waiting to resubscribe', async () => {
    const feeds: FakeFeed[] = [];
    const subscription = new EventStoreDbAllSubscription({
      after: undefined,
      open: (from) => {
        const feed = new FakeFeed(from);
        feeds.push(feed);
        setImmediate(() => feed.fail(new UnavailableError()));
        return feed;
      },
      retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 },
      onClose: () => undefined,
    });
    const next = subscription[Symbol.asyncIterator]().next();
    await new Promise((resolve) => setTimeout(resolve, 20));

    await subscription.close();

    await expect(next).resolves.toMatchObject({ done: true });
    expect(feeds).toHaveLength(1);
  });
});
