import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { currentRequestId, requestIdFrom, runInRequest } from './request-context';

function capture(): { lines: () => Record<string, unknown>[]; stream: Writable } {
  const text: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (text.push(String(chunk)), done()) });
  return {
    stream,
    lines: () =>
      text
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

describe('request id on every log line of a request', () => {
  it('puts the request id on every line written while a request is served, however deep and however late', async () => {
    const out = capture();
    const log = createLogger({ level: 'info', service: 'api' }, out.stream);
    await runInRequest('support-call-42', async () => {
      log.info('first');
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.child({ component: 'handler' }).warn({ detail: 1 }, 'after a wait');
    });
    log.info('outside');
    const [first, later, outside] = out.lines();
    expect(first).toMatchObject({ requestId: 'support-call-42', msg: 'first' });
    expect(later).toMatchObject({ requestId: 'support-call-42', component: 'handler', msg: 'after a wait' });
    expect(outside.requestId).toBeUndefined();
    expect(currentRequestId()).toBeUndefined();
  });

  it('keeps a well-formed X-Request-Id and replaces anything else with a new UUID', () => {
    expect(requestIdFrom('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of [undefined, '', 'has space', 'x'.repeat(65), 'jane@example.org', '<script>'])
      expect(requestIdFrom(bad)).toMatch(uuid);
  });
});
