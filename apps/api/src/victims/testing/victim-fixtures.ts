import { randomUUID } from 'node:crypto';
import { Role } from '@vcs/security';
import { ApiHarness } from '@vcs/test-support';
import request, { Response } from 'supertest';

/** Fixtures for the victims e2e specs: a recorded sentence, a referred victim, and a client that keeps every answer. */

export const SENTENCE_DATE = '2026-10-01';
export const REFERRAL_DATE = '2026-10-05';

/** A 4-year sentence for a specified violent offence: statutory VCS, not VNS. */
export const aSentence = (overrides: Record<string, unknown> = {}) => ({
  reference: 'X123456',
  offenceCategory: 'specified-violent',
  offenceCausedDeath: false,
  sentenceType: 'determinate-custody',
  lengthMonths: 48,
  sentencingCourt: 'Leeds Crown Court',
  sentenceDate: SENTENCE_DATE,
  probationRegion: 'yorkshire-and-the-humber',
  ...overrides,
});

export const VICTIM = {
  fullName: 'Jane Example',
  dateOfBirth: '1980-05-01',
  address: { lines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS6 2QR' },
  phone: '0113 496 0301',
  email: 'jane.example@example.org',
};

export const ACTING_PERSON = {
  fullName: 'John Example',
  relationshipToVictim: 'brother',
  address: { lines: ['4 Larch Close', 'Bradford'], postcode: 'BD1 2QQ' },
  phone: '07700 900456',
  email: 'john.example@example.org',
};

/** Names, addresses, phones and emails the fixtures use: none may appear in an answer or a log line. */
export const PERSONAL_VALUES = [
  VICTIM.fullName,
  VICTIM.address.lines[0],
  VICTIM.address.postcode,
  VICTIM.phone,
  VICTIM.email,
  ACTING_PERSON.fullName,
  ACTING_PERSON.address.lines[0],
  ACTING_PERSON.address.postcode,
  ACTING_PERSON.phone,
  ACTING_PERSON.email,
];

export const aReferral = (sentenceId: string, overrides: Record<string, unknown> = {}) => ({
  sentenceId,
  referredFor: 'vcs',
  source: 'witness-care-unit',
  circumstance: 'adult-victim',
  receivedOn: REFERRAL_DATE,
  personal: VICTIM,
  ...overrides,
});

export const anEnrolment = (sentenceId: string, overrides: Record<string, unknown> = {}) => ({
  sentenceId,
  scheme: 'vcs-statutory',
  enrolledOn: '2026-10-10',
  victimLiaisonOfficerId: 'vlo-7',
  ...overrides,
});

/** "field:rule" for each problem of a 400. */
export function problemsOf(response: Response): string[] {
  return ((response.body.problems ?? []) as { field: string; rule: string }[]).map((p) => `${p.field}:${p.rule}`);
}

/** Fails with the answer's body (never the request's) when the status is not the one expected. */
export function expectStatus(response: Response, status: number): void {
  if (response.status !== status)
    throw new Error(`expected HTTP ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
}

type Method = 'get' | 'post' | 'put' | 'patch';

/** Calls the API as one user, keeping every answer so a spec can check none of them carried personal data. */
export class VictimsClient {
  readonly answers: Response[] = [];

  private constructor(
    readonly api: ApiHarness,
    readonly token: string,
  ) {}

  static async as(api: ApiHarness, role: Role = 'VLO', userId = 'vlo-7'): Promise<VictimsClient> {
    return new VictimsClient(api, await api.token(role, userId));
  }

  async send(method: Method, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    let call = request(this.api.http)[method](path).set('Authorization', `Bearer ${this.token}`);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    const response = await call.send(body as object);
    this.answers.push(response);
    return response;
  }

  async recordSentence(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await this.send('post', '/sentences', aSentence({ sentenceId: randomUUID(), ...overrides }));
    expectStatus(response, 201);
    return response.body.id;
  }

  async referVictim(sentenceId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await this.send(
      'post',
      '/victims',
      aReferral(sentenceId, { victimId: randomUUID(), ...overrides }),
    );
    expectStatus(response, 201);
    return response.body.id;
  }

  async enrol(victimId: string, sentenceId: string, overrides: Record<string, unknown> = {}): Promise<void> {
    expectStatus(await this.send('post', `/victims/${victimId}/enrolment`, anEnrolment(sentenceId, overrides)), 201);
  }

  async nominate(victimId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await this.send('post', `/victims/${victimId}/acting-persons`, {
      role: 'family-member',
      nominatedOn: '2026-10-08',
      receivesCommunications: false,
      personal: ACTING_PERSON,
      ...overrides,
    });
    expectStatus(response, 201);
    return response.body.actingPersonId;
  }

  /** The victim's stream as stored (through the event store port, so decrypted once encryption is wired). */
  events(victimId: string) {
    return this.api.store.readStream(`victim-${victimId}`);
  }

  /** No answer so far, and no log line, carried any of the personal values the fixtures use. */
  expectNothingPersonalLeaked(): void {
    const answered = JSON.stringify(
      this.answers.map((answer) => ({ status: answer.status, headers: answer.headers, text: answer.text })),
    );
    const logged = this.api.logLines.join('\n');
    expect(this.answers.length).toBeGreaterThan(0);
    for (const value of PERSONAL_VALUES) {
      expect({ value, inAnswers: answered.includes(value), inLogs: logged.includes(value) }).toEqual({
        value,
        inAnswers: false,
        inLogs: false,
      });
    }
  }
}
