import { createLogger } from './logger';

function capture(): { lines: () => Record<string, unknown>[]; write: (chunk: string) => void } {
  const written: string[] = [];
  return { lines: () => written.map((l) => JSON.parse(l)), write: (chunk: string) => void written.push(chunk) };
}

describe('logger', () => {
  it('writes one JSON object per line with level, time and service', () => {
    const out = capture();
    createLogger({ level: 'info', service: 'api' }, out).info({ streamId: 'victim-1' }, 'appended');

    expect(out.lines()[0]).toMatchObject({ level: 'info', service: 'api', streamId: 'victim-1', msg: 'appended' });
  });

  it('redacts personal data wherever it is nested', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', service: 'api' }, out);

    logger.info(
      {
        event: { data: { personal: { name: 'Jane Doe' } } },
        email: 'jane@example.org',
        victim: { phone: '07700900123' },
      },
      'x',
    );

    const text = JSON.stringify(out.lines()[0]);
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('jane@example.org');
    expect(text).not.toContain('07700900123');
  });

  it('never logs authorization headers', () => {
    const out = capture();
    createLogger({ level: 'info', service: 'api' }, out).info(
      { req: { headers: { authorization: 'Bearer secret-token' } } },
      'request',
    );

    expect(JSON.stringify(out.lines()[0])).not.toContain('secret-token');
  });
});
