import createClient from 'openapi-fetch';
import type { paths } from '../data/api-types';
import { CaseCommand, sendCommand } from './case-commands.service';

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string | null>;
}

/** Sends the command to an API that records what it was asked and answers 201. */
async function sent(command: CaseCommand, ifMatch?: string): Promise<Sent> {
  const requests: Sent[] = [];
  const api = createClient<paths>({
    baseUrl: 'http://api.test',
    fetch: async (request: Request) => {
      requests.push({
        method: request.method,
        url: request.url,
        body: await request.text(),
        headers: Object.fromEntries(
          ['idempotency-key', 'if-match', 'content-type'].map((name) => [name, request.headers.get(name)]),
        ),
      });
      return Response.json({ id: 'new-id', revision: '3', position: '42' }, { status: 201 });
    },
  });
  const answer = await sendCommand(api, command, { idempotencyKey: 'key-1', ifMatch });
  expect(answer).toEqual({ id: 'new-id', revision: '3', position: '42' });
  expect(requests).toHaveLength(1);
  return requests[0];
}

describe('sending a case command to the API', () => {
  it('posts a command with no ids in the path to its collection', async () => {
    const body = { reference: 'A123456' };
    const request = await sent({ kind: 'record-sentence', body: body as never });
    expect([request.method, request.url, request.body]).toEqual([
      'POST',
      'http://api.test/sentences',
      JSON.stringify(body),
    ]);
    expect(request.headers['idempotency-key']).toBe('key-1');
    expect(request.headers['if-match']).toBeNull();
  });

  it('puts to the path named by the command’s ids, with the revision the user saw as If-Match', async () => {
    const request = await sent(
      { kind: 'edit-letter', victimId: 'v-1', letterId: 'l-2', body: { body: 'Dear' } as never },
      '7',
    );
    expect([request.method, request.url]).toEqual(['PUT', 'http://api.test/victims/v-1/letters/l-2']);
    expect(request.headers['if-match']).toBe('"7"');
  });

  it('sends no body and no content type for a command without one', async () => {
    const request = await sent({ kind: 'revoke-access', victimId: 'v-1', grantId: 'g-3' });
    expect([request.method, request.url, request.body]).toEqual([
      'POST',
      'http://api.test/victims/v-1/access-grants/g-3/revocation',
      '',
    ]);
    expect(request.headers['content-type']).toBeNull();
  });

  it('posts a sentence command to the sentence’s path', async () => {
    const request = await sent({ kind: 'milestone', sentenceId: 's-9', body: { kind: 'recall' } as never });
    expect([request.method, request.url]).toEqual(['POST', 'http://api.test/sentences/s-9/milestones']);
  });
});
