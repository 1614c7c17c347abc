import { randomUUID } from 'node:crypto';
import { expectStatus, problemsOf, VictimsClient } from './victim-fixtures';

export interface GuardedVictimCommand {
  readonly client: () => VictimsClient;
  readonly method: 'post' | 'put' | 'patch';
  readonly path: (victimId: string) => string;
  /** A fresh victim the command applies to, and a valid body for it. */
  readonly ready: () => Promise<{ victimId: string; body: Record<string, unknown> }>;
}

/** The guarantees every command on a victim's record gives, whatever the command. Call inside its describe. */
export function itGuardsLikeEveryVictimCommand(command: GuardedVictimCommand): void {
  it('refuses a victim id that is not a UUID with 400 naming the parameter', async () => {
    const { body } = await command.ready();
    const response = await command.client().send(command.method, command.path('12345'), body);

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(['victimId:isUuid']);
  });

  it('answers 404 for a victim who is not recorded, appending nothing', async () => {
    const { body } = await command.ready();
    const unknown = randomUUID();
    const response = await command.client().send(command.method, command.path(unknown), body);

    expectStatus(response, 404);
    expect(response.body).toMatchObject({ statusCode: 404, rule: 'victim-not-found' });
    expect(await command.client().events(unknown)).toEqual([]);
  });

  it('answers 409 when If-Match names a revision the record is not at, appending nothing', async () => {
    const { victimId, body } = await command.ready();
    const before = await command.client().events(victimId);
    const stale = before.length > 1 ? before.length - 2 : before.length;
    const response = await command
      .client()
      .send(command.method, command.path(victimId), body, { 'If-Match': `"${stale}"` });

    expectStatus(response, 409);
    expect(response.body).toMatchObject({ rule: 'stale-revision', currentRevision: String(before.length - 1) });
    expect(await command.client().events(victimId)).toHaveLength(before.length);
  });

  it('accepts the current revision as If-Match and answers the next one', async () => {
    const { victimId, body } = await command.ready();
    const before = await command.client().events(victimId);
    const response = await command
      .client()
      .send(command.method, command.path(victimId), body, { 'If-Match': `"${before.length - 1}"` });

    expectStatus(response, command.method === 'post' ? 201 : 200);
    expect(response.body.revision).toBe(String(before.length));
    expect(response.headers.etag).toBe(`"${before.length}"`);
  });

  it('returns the first answer for a retry with the same Idempotency-Key, appending nothing more', async () => {
    const { victimId, body } = await command.ready();
    const key = randomUUID();
    const first = await command.client().send(command.method, command.path(victimId), body, { 'Idempotency-Key': key });
    const appended = await command.client().events(victimId);
    const retry = await command.client().send(command.method, command.path(victimId), body, { 'Idempotency-Key': key });

    expectStatus(first, command.method === 'post' ? 201 : 200);
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(await command.client().events(victimId)).toHaveLength(appended.length);
  });
}
