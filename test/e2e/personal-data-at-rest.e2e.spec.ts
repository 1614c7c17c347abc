import { ApiHarness, startApi } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import {
  ACTING_PERSON,
  PERSONAL_VALUES,
  VICTIM,
  VictimsClient,
  expectStatus,
} from '../../apps/api/src/victims/testing/victim-fixtures';

/** Issue "privacy by design": a raw read of the stored events must show no victim's name, address, phone or email. */
describe('personal data at rest in the event history', () => {
  let api: ApiHarness;
  let client: VictimsClient;
  let victimId: string;

  beforeAll(async () => {
    api = await startApi();
    client = await VictimsClient.as(api);
    const sentenceId = await client.recordSentence();
    victimId = await client.referVictim(sentenceId);
    await client.enrol(victimId, sentenceId);
    await client.nominate(victimId);
    expectStatus(
      await client.send('put', `/victims/${victimId}/contact-preferences`, {
        updatedOn: '2026-10-12',
        channels: ['letter', 'email', 'phone'],
        stages: { choice: 'all-key-stages' },
        safetyCheckBeforeLetters: true,
        personal: { address: VICTIM.address, email: VICTIM.email, phone: VICTIM.phone, language: 'en' },
      }),
      200,
    );
    expectStatus(
      await client.send('post', `/victims/${victimId}/contacts`, {
        method: 'phone',
        direction: 'outbound',
        result: 'contact-made',
        occurredOn: '2026-10-13',
        personal: {
          summary: `Spoke to ${VICTIM.fullName} at ${VICTIM.address.lines[0]}; brother ${ACTING_PERSON.fullName} present`,
        },
      }),
      201,
    );
  });

  afterAll(async () => {
    await api.close();
  });

  it('stores no name, address, postcode, phone or email in plain text', async () => {
    const rows: { stored: string }[] = await api.app
      .get(DataSource)
      .query("SELECT type || ' ' || data::text || ' ' || metadata::text AS stored FROM events");
    const stored = rows.map((row) => row.stored).join('\n');

    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const value of PERSONAL_VALUES)
      expect({ value, stored: stored.includes(value) }).toEqual({ value, stored: false });
    expect(stored).toContain('"$encrypted"');
  });

  it('gives the personal data back, decrypted, through the event store port', async () => {
    const events = await client.events(victimId);
    const referral = events.find((event) => event.type === 'ReferralReceived');
    expect((referral?.data as { personal: { fullName: string } }).personal.fullName).toBe(VICTIM.fullName);
  });

  it('leaked nothing personal in any answer or log line', () => {
    client.expectNothingPersonalLeaked();
  });
});
