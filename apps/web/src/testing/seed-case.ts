import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { WebStack } from './web-stack';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export interface SeedCaseOptions {
  /** The sentence's type and length (default: an extended determinate sentence of 96 months). */
  readonly sentence?: { readonly sentenceType: string; readonly lengthMonths: number };
  /** The victim's name and first address line. */
  readonly victim: { readonly fullName: string; readonly addressLine: string };
}

/** A London sentence with an enrolled victim of vlo-london, written through the API as a VLO would. */
export async function seedCase(
  stack: WebStack,
  reference: string,
  options: SeedCaseOptions,
): Promise<{ sentenceId: string; victimId: string }> {
  const token = await stack.api.token('VLO', 'vlo-london', { units: ['london'], name: 'Alex Morgan' });
  const send = async (path: string, body: object) => {
    const response = await request(stack.api.http).post(path).set('Authorization', `Bearer ${token}`).send(body);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  };
  const sentenceId = randomUUID();
  const victimId = randomUUID();
  await send('/sentences', {
    sentenceId,
    reference,
    offenceCategory: 'specified-violent',
    offenceCausedDeath: false,
    ...(options.sentence ?? { sentenceType: 'extended-determinate', lengthMonths: 96 }),
    sentencingCourt: 'Snaresbrook Crown Court',
    sentenceDate: day(-300),
    probationRegion: 'london',
  });
  await send('/victims', {
    victimId,
    sentenceId,
    referredFor: 'vcs',
    source: 'witness-care-unit',
    circumstance: 'adult-victim',
    receivedOn: day(-200),
    personal: {
      fullName: options.victim.fullName,
      address: { lines: [options.victim.addressLine], postcode: 'E3 4AA' },
    },
  });
  await send(`/victims/${victimId}/enrolment`, {
    sentenceId,
    scheme: 'vcs-statutory',
    enrolledOn: day(-190),
    victimLiaisonOfficerId: 'vlo-london',
  });
  return { sentenceId, victimId };
}
