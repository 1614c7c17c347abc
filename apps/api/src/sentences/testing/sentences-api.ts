import { randomUUID } from 'node:crypto';
import { Role } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';

/** "field:rule" for each problem of a 400's body. */
export const problemsOf = (body: { problems?: { field: string; rule: string }[] }): string[] =>
  (body.problems ?? []).map((p) => `${p.field}:${p.rule}`);

/**
 * Starts the API once for the enclosing describe (and closes it after), with a bearer token for one caller, and hands
 * both to `receive`: `useSentencesApi('VLO', 'vlo-7', (given) => ({ api, token: vlo } = given))`.
 */
export function useSentencesApi(
  role: Role,
  userId: string,
  receive: (given: { api: ApiHarness; token: string }) => void,
): void {
  let api: ApiHarness | undefined;
  beforeAll(async () => {
    api = await startApi();
    receive({ api, token: await api.token(role, userId) });
  });
  afterAll(async () => {
    await api?.close();
  });
}

/** POST /sentences with this body (a fresh sentence id unless it names one), expecting 201; answers the id. */
export async function recordSentence(api: ApiHarness, token: string, body: Record<string, unknown>): Promise<string> {
  const sentenceId = (body.sentenceId as string | undefined) ?? randomUUID();
  await request(api.http)
    .post('/sentences')
    .set('Authorization', `Bearer ${token}`)
    .send({ sentenceId, ...body })
    .expect(201);
  return sentenceId;
}

/**
 * A victim referred for the sentence, written straight to the history (the victim routes have their own specs; the
 * referral event is all a sentence command looks at).
 */
export async function aVictimReferredFor(api: ApiHarness, sentenceId: string): Promise<string> {
  const victimId = randomUUID();
  await api.store.appendToStream(
    `victim-${victimId}`,
    [
      {
        id: randomUUID(),
        type: 'ReferralReceived',
        data: {
          victimId,
          sentenceId,
          referredFor: 'vcs',
          source: 'witness-care-unit',
          circumstance: 'adult-victim',
          receivedOn: '2025-01-20',
          personal: { fullName: 'A Victim' },
        },
        metadata: {
          correlationId: randomUUID(),
          causationId: randomUUID(),
          actor: { userId: 'test', role: 'VLO' },
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      },
    ],
    'no_stream',
  );
  return victimId;
}
