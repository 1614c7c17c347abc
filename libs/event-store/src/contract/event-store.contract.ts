import { EventStore, RecordedEvent } from '../event-store.port';
import { comparePositions, GlobalPosition } from '../global-position';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import { readWholeStream } from '../read-whole-stream';
import { anEvent, newStreamId } from '../testing';

export interface StoreUnderTest {
  readonly store: EventStore;
  readonly teardown: () => Promise<void>;
}

/**
 * The behaviour every EventStore adapter must show. Streams are unique per test and positions are taken
 * relative to what the test wrote, so the suite can share a server with other runs.
 */
export function describeEventStoreContract(adapterName: string, createStore: () => Promise<StoreUnderTest>): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let subject: StoreUnderTest;
    let store: EventStore;

    beforeAll(async () => {
      subject = await createStore();
      store = subject.store;
    });

    afterAll(async () => {
      await subject?.teardown();
    });

    describe('appending to a stream', () => {
      it('creates a stream with revisions from 0 when no stream is expected', async () => {
        const streamId = newStreamId();
        const events = [anEvent('VictimEnrolled', { n: 1 }), anEvent('ContactRecorded', { n: 2 })];

        const result = await store.appendToStream(streamId, events, 'no_stream');

        expect(result.nextExpectedRevision).toBe(1n);
        const read = await store.readStream(streamId);
        expect(read.map((e) => e.revision)).toEqual([0n, 1n]);
        expect(comparePositions(read[1].position, result.position)).toBe(0);
      });

      it('keeps id, type, data and every metadata field exactly', async () => {
        const streamId = newStreamId();
        const event = anEvent('RepresentationSubmitted', {
          kind: 'exclusion-zone',
          nested: { list: [1, 'two', null], flag: true },
        });

        await store.appendToStream(streamId, [event], 'no_stream');

        const [read] = await store.readStream(streamId);
        expect(read.id).toBe(event.id);
        expect(read.type).toBe(event.type);
        expect(read.streamId).toBe(streamId);
        expect(read.data).toEqual(event.data);
        expect(read.metadata).toEqual(event.metadata);
        expect(read.recordedAt).toBeInstanceOf(Date);
      });

      it('refuses no_stream when the stream exists, naming the actual revision', async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent('A'), anEvent('B')], 'no_stream');

        const attempt = store.appendToStream(streamId, [anEvent('C')], 'no_stream');

        await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(attempt).rejects.toMatchObject({ streamId, actual: 1n });
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('appends at the exact expected revision and refuses a stale one', async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent('A')], 'no_stream');
        await store.appendToStream(streamId, [anEvent('B')], 0n);

        const stale = store.appendToStream(streamId, [anEvent('C')], 0n);

        await expect(stale).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', expected: 0n, actual: 1n });
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B']);
      });

      it('refuses an exact revision on a stream that does not exist', async () => {
        const attempt = store.appendToStream(newStreamId(), [anEvent('A')], 3n);
        await expect(attempt).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', actual: 'no_stream' });
      });

      it('refuses stream_exists on a stream that does not exist, and accepts it on one that does', async () => {
        const streamId = newStreamId();
        await expect(store.appendToStream(streamId, [anEvent('A')], 'stream_exists')).rejects.toMatchObject({
          actual: 'no_stream',
        });

        await store.appendToStream(streamId, [anEvent('A')], 'no_stream');
        const result = await store.appendToStream(streamId, [anEvent('B')], 'stream_exists');

        expect(result.nextExpectedRevision).toBe(1n);
      });

      it('appends whatever the stream holds when any revision is expected', async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent('A')], 'any');
        const result = await store.appendToStream(streamId, [anEvent('B'), anEvent('C')], 'any');

        expect(result.nextExpectedRevision).toBe(2n);
      });

      it('writes all events of a refused append or none of them', async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent('A')], 'no_stream');

        await expect(
          store.appendToStream(streamId, [anEvent('B'), anEvent('C'), anEvent('D')], 5n),
        ).rejects.toBeInstanceOf(WrongExpectedRevisionError);

        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it('lets exactly one of two concurrent writers at the same revision win', async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent('A')], 'no_stream');

        const outcomes = await Promise.allSettled(
          Array.from({ length: 5 }, (_, i) => store.appendToStream(streamId, [anEvent(`Writer${i}`)], 0n)),
        );

        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        refused.forEach((o) => expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError));
        expect(await store.readStream(streamId)).toHaveLength(2);
      });
    });

    describe('appending to many streams at once', () => {
      it('appends every stream whose expected revision holds and refuses only the one that moved on', async () => {
        const [fresh, existing, moved] = [newStreamId(), newStreamId(), newStreamId()];
        await store.appendToStream(existing, [anEvent('A')], 'no_stream');
        await store.appendToStream(moved, [anEvent('A'), anEvent('B')], 'no_stream');

        const outcomes = await store.appendToStreams([
          { streamId: fresh, events: [anEvent('X'), anEvent('Y')], expectedRevision: 'no_stream' },
          { streamId: moved, events: [anEvent('Z')], expectedRevision: 0n },
          { streamId: existing, events: [anEvent('Z')], expectedRevision: 0n },
        ]);

        expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
        expect(outcomes[1]).toMatchObject({
          ok: false,
          error: { name: 'WrongExpectedRevisionError', streamId: moved, expected: 0n, actual: 1n },
        });
        expect(outcomes[1].ok ? undefined : outcomes[1].error).toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.readStream(fresh)).map((e) => e.type)).toEqual(['X', 'Y']);
        expect((await store.readStream(moved)).map((e) => e.type)).toEqual(['A', 'B']);
        expect((await store.readStream(existing)).map((e) => e.type)).toEqual(['A', 'Z']);
        const [freshResult, , existingResult] = outcomes.map((o) => (o.ok ? o.result : undefined));
        expect(freshResult?.nextExpectedRevision).toBe(1n);
        expect(existingResult?.nextExpectedRevision).toBe(1n);
        const lastOfExisting = (await store.readStream(existing))[1];
        expect(comparePositions(lastOfExisting.position, existingResult?.position as GlobalPosition)).toBe(0);
      });

      it('applies two appends to one stream in the order given', async () => {
        const streamId = newStreamId();

        const outcomes = await store.appendToStreams([
          { streamId, events: [anEvent('First')], expectedRevision: 'no_stream' },
          { streamId, events: [anEvent('Second')], expectedRevision: 0n },
          { streamId, events: [anEvent('Stale')], expectedRevision: 0n },
        ]);

        expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['First', 'Second']);
      });

      it('lets exactly one of concurrent many-stream writers at the same revisions win each stream', async () => {
        const streams = [newStreamId(), newStreamId(), newStreamId()];
        for (const streamId of streams) await store.appendToStream(streamId, [anEvent('A')], 'no_stream');

        const calls = await Promise.all(
          Array.from({ length: 4 }, (_, writer) =>
            store.appendToStreams(
              streams.map((streamId) => ({ streamId, events: [anEvent(`Writer${writer}`)], expectedRevision: 0n })),
            ),
          ),
        );

        for (const [index, streamId] of streams.entries()) {
          expect(calls.filter((outcomes) => outcomes[index].ok)).toHaveLength(1);
          expect(await store.readStream(streamId)).toHaveLength(2);
        }
      });

      it('answers nothing for nothing', async () => {
        expect(await store.appendToStreams([])).toEqual([]);
      });
    });

    describe('reading many streams at once', () => {
      it('reads each whole stream in revision order, and a stream that does not exist as empty', async () => {
        const [first, second, missing] = [newStreamId(), newStreamId(), newStreamId()];
        await store.appendToStream(
          first,
          ['A', 'B', 'C'].map((t) => anEvent(t)),
          'no_stream',
        );
        await store.appendToStream(second, [anEvent('D')], 'no_stream');
        await store.appendToStream(first, [anEvent('E')], 2n);

        const streams = await store.readStreams([second, missing, first]);

        expect([...streams.keys()].sort()).toEqual([first, second, missing].sort());
        expect(streams.get(first)?.map((e) => [e.type, e.revision])).toEqual([
          ['A', 0n],
          ['B', 1n],
          ['C', 2n],
          ['E', 3n],
        ]);
        expect(streams.get(second)?.map((e) => e.type)).toEqual(['D']);
        expect(streams.get(missing)).toEqual([]);
        expect(streams.get(first)).toEqual(await store.readStream(first));
      });
    });

    describe('reading a stream', () => {
      it('reads forwards from a revision, at most maxCount events', async () => {
        const streamId = newStreamId();
        await store.appendToStream(
          streamId,
          ['A', 'B', 'C', 'D', 'E'].map((t) => anEvent(t)),
          'no_stream',
        );

        const read = await store.readStream(streamId, { fromRevision: 1n, maxCount: 3 });

        expect(read.map((e) => e.type)).toEqual(['B', 'C', 'D']);
      });

      it('reads nothing from a stream that does not exist', async () => {
        expect(await store.readStream(newStreamId())).toEqual([]);
      });
    });

    describe('reading a whole stream a page at a time (readWholeStream)', () => {
      it('reads every event in revision order across several pages, the last one short', async () => {
        const streamId = newStreamId();
        const types = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
        await store.appendToStream(
          streamId,
          types.map((t) => anEvent(t)),
          'no_stream',
        );

        const read = await readWholeStream(store, streamId, 3);

        expect(read.map((e) => e.type)).toEqual(types);
        expect(read.map((e) => e.revision)).toEqual(types.map((_, index) => BigInt(index)));
      });

      it('reads a stream whose length is a whole number of pages (the last page is empty)', async () => {
        const streamId = newStreamId();
        await store.appendToStream(
          streamId,
          ['A', 'B', 'C', 'D'].map((t) => anEvent(t)),
          'no_stream',
        );

        expect((await readWholeStream(store, streamId, 2)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
        expect(await readWholeStream(store, streamId)).toEqual(await store.readStream(streamId));
      });

      it('reads nothing from a stream that does not exist, and refuses a page size below one', async () => {
        expect(await readWholeStream(store, newStreamId(), 2)).toEqual([]);
        await expect(readWholeStream(store, newStreamId(), 0)).rejects.toThrow(RangeError);
      });
    });

    describe('reading all', () => {
      it('reads events after a position in the order they were written, with increasing positions', async () => {
        const before = await store.headPosition();
        const first = newStreamId();
        const second = newStreamId();
        await store.appendToStream(first, [anEvent('A'), anEvent('B')], 'no_stream');
        await store.appendToStream(second, [anEvent('C')], 'no_stream');
        const { position } = await store.appendToStream(first, [anEvent('D')], 1n);
        await untilVisible(store, position);

        const mine = (await readAllAfter(store, before)).filter((e) => e.streamId === first || e.streamId === second);

        expect(mine.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
        expectStrictlyIncreasing(mine.map((e) => e.position));
      });

      it('excludes the event at the position it reads after', async () => {
        const streamId = newStreamId();
        const { position } = await store.appendToStream(streamId, [anEvent('A'), anEvent('B')], 'no_stream');
        const last = await store.appendToStream(streamId, [anEvent('C')], 1n);
        await untilVisible(store, last.position);

        const after = await readAllAfter(store, position);

        expect(after.filter((e) => e.streamId === streamId).map((e) => e.type)).toEqual(['C']);
      });

      it('honours maxCount', async () => {
        const before = await store.headPosition();
        const { position } = await store.appendToStream(
          newStreamId(),
          ['A', 'B', 'C'].map((t) => anEvent(t)),
          'no_stream',
        );
        await untilVisible(store, position);

        expect(await store.readAll({ after: before, maxCount: 2 })).toHaveLength(2);
      });

      it('reads only the requested types, in global order, counting maxCount among them', async () => {
        const before = await store.headPosition();
        const first = newStreamId();
        const second = newStreamId();
        await store.appendToStream(
          first,
          ['Kept', 'Skipped', 'AlsoKept'].map((t) => anEvent(t)),
          'no_stream',
        );
        const { position } = await store.appendToStream(
          second,
          ['Skipped', 'Kept', 'Skipped', 'AlsoKept'].map((t) => anEvent(t)),
          'no_stream',
        );
        await untilVisible(store, position);
        const mine = (events: RecordedEvent[]) => events.filter((e) => e.streamId === first || e.streamId === second);

        const filtered = mine(await readAllAfter(store, before, ['Kept', 'AlsoKept']));
        const unfiltered = mine(await readAllAfter(store, before)).filter((e) => e.type !== 'Skipped');

        expect(filtered.map((e) => [e.streamId, e.type])).toEqual([
          [first, 'Kept'],
          [first, 'AlsoKept'],
          [second, 'Kept'],
          [second, 'AlsoKept'],
        ]);
        expect(filtered.map((e) => e.id)).toEqual(unfiltered.map((e) => e.id));
        expectStrictlyIncreasing(filtered.map((e) => e.position));
        const page = await store.readAll({ after: before, maxCount: 2, types: ['AlsoKept'] });
        expect(page).toHaveLength(2);
        expect(page.every((e) => e.type === 'AlsoKept')).toBe(true);
        expect(await store.readAll({ after: before, types: [] })).toEqual([]);
      });

      it('moves the head position to the last event written', async () => {
        const { position } = await store.appendToStream(newStreamId(), [anEvent('A')], 'no_stream');

        await untilVisible(store, position);
      });
    });

    describe('subscribing to all', () => {
      it('catches up from a position, then delivers live events, in order', async () => {
        const streamId = newStreamId();
        const start = await store.headPosition();
        await store.appendToStream(streamId, [anEvent('Before1'), anEvent('Before2')], 'no_stream');
        const subscription = store.subscribeToAll({ after: start });
        const received = collect(subscription, (e) => e.streamId === streamId, 4);

        await store.appendToStream(streamId, [anEvent('Live1'), anEvent('Live2')], 1n);

        expect((await received).map((e) => e.type)).toEqual(['Before1', 'Before2', 'Live1', 'Live2']);
        await subscription.close();
      });

      it('delivers every event of many concurrent writers exactly once, each stream in order', async () => {
        const start = await store.headPosition();
        const streams = Array.from({ length: 8 }, () => newStreamId());
        const perStream = 25;
        const subscription = store.subscribeToAll({ after: start });
        const mine = new Set(streams);
        const received = collect(subscription, (e) => mine.has(e.streamId), streams.length * perStream);

        await Promise.all(
          streams.map(async (streamId) => {
            for (let i = 0; i < perStream; i++) {
              await store.appendToStream(streamId, [anEvent('Tick', { i })], i === 0 ? 'no_stream' : BigInt(i - 1));
            }
          }),
        );

        const events = await received;
        expect(new Set(events.map((e) => e.id)).size).toBe(streams.length * perStream);
        for (const streamId of streams) {
          expect(events.filter((e) => e.streamId === streamId).map((e) => e.revision)).toEqual(
            Array.from({ length: perStream }, (_, i) => BigInt(i)),
          );
        }
        expectStrictlyIncreasing(events.map((e) => e.position));
        await subscription.close();
      });

      it('ends the iteration when closed', async () => {
        const subscription = store.subscribeToAll({ after: await store.headPosition() });
        const iteration = (async () => {
          let count = 0;
          for await (const _event of subscription) count++;
          return count;
        })();

        await subscription.close();

        await expect(iteration).resolves.toBeGreaterThanOrEqual(0);
      });
    });
  });
}

/**
 * Readers may see a write a moment after it returns (PostgreSQL: until older transactions anywhere in the
 * cluster finish). Tests that read the whole history wait for the head to reach what they wrote.
 */
async function untilVisible(store: EventStore, position: GlobalPosition): Promise<void> {
  const deadline = Date.now() + 10000;
  for (;;) {
    const head = await store.headPosition();
    if (head && comparePositions(head, position) >= 0) return;
    if (Date.now() > deadline) throw new Error('the appended event did not become visible to readers within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function readAllAfter(
  store: EventStore,
  after: GlobalPosition | undefined,
  types?: readonly string[],
): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  let position = after;
  for (;;) {
    const batch = await store.readAll({ after: position, maxCount: 500, types });
    if (batch.length === 0) return all;
    all.push(...batch);
    position = batch[batch.length - 1].position;
  }
}

/** Takes events matching `keep` from a subscription until `count` arrived (or fails after 20 s). */
function collect(
  subscription: AsyncIterable<RecordedEvent>,
  keep: (e: RecordedEvent) => boolean,
  count: number,
): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const reading = (async () => {
    for await (const event of subscription) {
      if (keep(event)) received.push(event);
      if (received.length >= count) break;
    }
    return received;
  })();
  const timeout = new Promise<never>((_, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`subscription delivered ${received.length} of ${count} events in 20 s`)),
      20000,
    );
    void reading.finally(() => clearTimeout(timer));
  });
  return Promise.race([reading, timeout]);
}

function expectStrictlyIncreasing(positions: GlobalPosition[]): void {
  for (let i = 1; i < positions.length; i++) {
    expect(comparePositions(positions[i - 1], positions[i])).toBeLessThan(0);
  }
}
