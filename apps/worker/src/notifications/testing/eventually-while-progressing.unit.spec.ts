import { eventuallyWhileProgressing } from './notification-test-kit';

// The kill test's waits last while the work moves and fail when it stops moving, however long the work takes.

describe('eventuallyWhileProgressing', () => {
  it('keeps waiting past the stall limit while progress is being made, and answers when done', async () => {
    let done = 0;
    const timer = setInterval(() => (done += 1), 10);
    try {
      // Done 5 s after it started, well past the 2 s stall limit, the count moving all the while: still a success.
      const started = Date.now();
      await expect(
        eventuallyWhileProgressing(
          async () => Date.now() - started > 5000 && done,
          async () => done,
          'five seconds of steps',
          2000,
        ),
      ).resolves.toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
  }, 60_000);

  it('fails, naming what it waited for and where it stuck, once nothing has moved for the stall limit', async () => {
    await expect(
      eventuallyWhileProgressing(
        async () => false,
        async () => ({ sent: 7 }),
        'every notification',
        100,
      ),
    ).rejects.toThrow('waiting for every notification: no progress for 100 ms (stuck at {"sent":7})');
  });
});
