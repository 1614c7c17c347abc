import { eventuallyWhileProgressing } from './notification-test-kit';

// The kill test's waits last while the work moves and fail when it stops moving, however long the work takes.

describe('eventuallyWhileProgressing', () => {
  it('keeps waiting past the stall limit while progress is being made, and answers when done', async () => {
    let done = 0;
    const timer = setInterval(() => (done += 1), 10);
    try {
      // Done after 400 steps (4 s and more on a busy machine), twice the 2 s stall limit: still a success.
      await expect(eventuallyWhileProgressing(async () => done >= 400 && done, async () => done, 'four hundred steps', 2000)).resolves.toBeGreaterThanOrEqual(400);
    } finally {
      clearInterval(timer);
    }
  });

  it('fails, naming what it waited for and where it stuck, once nothing has moved for the stall limit', async () => {
    await expect(eventuallyWhileProgressing(async () => false, async () => ({ sent: 7 }), 'every notification', 100)).rejects.toThrow(
      'waiting for every notification: no progress for 100 ms (stuck at {"sent":7})',
    );
  });
});
