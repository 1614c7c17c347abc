import { randomInt, randomUUID } from 'node:crypto';
import { ApiHarness } from '@vcs/test-support';
import request, { Response } from 'supertest';

/** Writes a victim's case through the command routes, as a VLO would, keeping the last position for read-your-writes. */

export const VICTIM_PERSONAL = {
  fullName: 'Rosalind Testcase',
  dateOfBirth: '1979-02-03',
  address: { lines: ['41 Quarry Lane', 'Leeds'], postcode: 'LS7 3QZ' },
  phone: '0113 496 0777',
  email: 'rosalind.testcase@example.org',
};

export const PREFERRED_CONTACT = {
  address: { lines: ['Flat 2, 9 Willow Court', 'Harrogate'], postcode: 'HG1 4TT' },
  phone: '01423 496 123',
  mobile: '07700 900777',
  email: 'r.testcase@example.net',
  language: 'en',
  accessibleFormats: ['large-print'],
  timesNotToCall: [{ days: ['monday'], from: '17:00', to: '19:00' }],
};

export const ACTING_PERSONAL = {
  fullName: 'Bartholomew Testcase',
  relationshipToVictim: 'brother',
  address: { lines: ['7 Aspen Road', 'Bradford'], postcode: 'BD4 8PL' },
  phone: '07700 900888',
  email: 'bart.testcase@example.org',
};

export const CONTACT_SUMMARY = 'Spoke about the parole review and her worries about the estate';

/** Every personal value the scenario writes: none may appear in a timeline, and none in an erased case view. */
export const PERSONAL_VALUES = [
  VICTIM_PERSONAL.fullName,
  VICTIM_PERSONAL.address.lines[0],
  VICTIM_PERSONAL.address.postcode,
  VICTIM_PERSONAL.phone,
  VICTIM_PERSONAL.email,
  PREFERRED_CONTACT.address.lines[0],
  PREFERRED_CONTACT.address.postcode,
  PREFERRED_CONTACT.phone,
  PREFERRED_CONTACT.mobile,
  PREFERRED_CONTACT.email,
  ACTING_PERSONAL.fullName,
  ACTING_PERSONAL.address.lines[0],
  ACTING_PERSONAL.phone,
  ACTING_PERSONAL.email,
  CONTACT_SUMMARY,
  'brother',
];

export const aReference = () => `V${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;

export class CaseWriter {
  /** Position of the last command's last event: pass it as minPosition. */
  position = '';

  private constructor(
    readonly api: ApiHarness,
    readonly token: string,
  ) {}

  static async as(api: ApiHarness, userId = 'vlo-7'): Promise<CaseWriter> {
    return new CaseWriter(api, await api.token('VLO', userId));
  }

  async send(method: 'post' | 'put', path: string, body: object): Promise<Response> {
    const response = await request(this.api.http)[method](path).set('Authorization', `Bearer ${this.token}`).send(body);
    if (response.status !== 201 && response.status !== 200)
      throw new Error(`${method.toUpperCase()} ${path}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
    if (response.body.position) this.position = response.body.position;
    return response;
  }

  async sentence(overrides: Record<string, unknown> = {}): Promise<{ sentenceId: string; reference: string }> {
    const sentenceId = randomUUID();
    const reference = (overrides.reference as string | undefined) ?? aReference();
    await this.send('post', '/sentences', {
      sentenceId,
      reference,
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'extended-determinate',
      lengthMonths: 60,
      sentencingCourt: 'Leeds Crown Court',
      sentenceDate: '2026-09-01',
      probationRegion: 'yorkshire-and-the-humber',
      ...overrides,
    });
    return { sentenceId, reference };
  }

  async refer(sentenceId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const victimId = randomUUID();
    await this.send('post', '/victims', {
      victimId,
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn: '2026-10-05',
      personal: VICTIM_PERSONAL,
      ...overrides,
    });
    return victimId;
  }

  enrol(victimId: string, sentenceId: string, overrides: Record<string, unknown> = {}) {
    return this.send('post', `/victims/${victimId}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: '2026-10-10',
      victimLiaisonOfficerId: 'vlo-7',
      ...overrides,
    });
  }

  preferences(victimId: string, overrides: Record<string, unknown> = {}) {
    return this.send('put', `/victims/${victimId}/contact-preferences`, {
      updatedOn: '2026-10-12',
      channels: ['letter', 'phone'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: true,
      personal: PREFERRED_CONTACT,
      ...overrides,
    });
  }

  contact(victimId: string, overrides: Record<string, unknown> = {}) {
    return this.send('post', `/victims/${victimId}/contacts`, {
      method: 'phone',
      direction: 'outbound',
      result: 'contact-made',
      occurredOn: '2026-10-20',
      followUpOn: '2026-11-30',
      personal: { summary: CONTACT_SUMMARY },
      ...overrides,
    });
  }

  nominate(victimId: string) {
    return this.send('post', `/victims/${victimId}/acting-persons`, {
      role: 'family-member',
      nominatedOn: '2026-10-08',
      receivesCommunications: false,
      personal: ACTING_PERSONAL,
    });
  }

  link(victimId: string, sentenceId: string, linkedOn = '2026-10-15') {
    return this.send('post', `/victims/${victimId}/sentences`, { sentenceId, linkedOn });
  }

  milestone(sentenceId: string, body: Record<string, unknown>) {
    return this.send('post', `/sentences/${sentenceId}/milestones`, body);
  }
}

/** A victim with a full case: sentence, referral, enrolment, preferences, acting person, a contact, a parole hearing. */
export async function aFullCase(
  writer: CaseWriter,
): Promise<{ victimId: string; sentenceId: string; reference: string }> {
  const { sentenceId, reference } = await writer.sentence();
  const victimId = await writer.refer(sentenceId);
  await writer.enrol(victimId, sentenceId);
  await writer.nominate(victimId);
  await writer.preferences(victimId);
  await writer.contact(victimId);
  await writer.milestone(sentenceId, {
    kind: 'parole-hearing-listed',
    date: '2026-11-02',
    detail: { hearingDate: '2027-03-12', hearingType: 'oral' },
  });
  return { victimId, sentenceId, reference };
}
