import { randomUUID } from 'node:crypto';
import { EventToAppend } from '@vcs/event-store';

/** Test events shaped like the domain's (only the parts the protecting store looks at matter). */
export function anEventOf(type: string, data: Record<string, unknown>): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type,
    data,
    metadata: {
      correlationId: randomUUID(),
      causationId: id,
      actor: { userId: 'vlo-personal-data-test', role: 'VLO' },
      occurredAt: '2026-11-23T10:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

export interface TestVictim {
  readonly victimId: string;
  readonly fullName: string;
  readonly line1: string;
  readonly postcode: string;
  readonly phone: string;
  readonly email: string;
}

let counter = 0;

/** A victim with distinctive strings that a raw read of the events table must never show. */
export function aVictim(): TestVictim {
  counter += 1;
  const tag = `${counter}${randomUUID().slice(0, 6)}`;
  return {
    victimId: randomUUID(),
    fullName: `Rosalind Featherstonehaugh ${tag}`,
    line1: `${counter} Quillbrook Terrace ${tag}`,
    postcode: `ZZ9 ${counter}QX`,
    phone: `07700 9${String(counter).padStart(5, '0')}`,
    email: `rosalind.${tag}@example.org`,
  };
}

export function secretsOf(victim: TestVictim): string[] {
  return [
    victim.fullName,
    victim.line1,
    victim.postcode,
    victim.phone,
    victim.email,
    'Quillbrook',
    'Featherstonehaugh',
  ];
}

export function referralReceived(victim: TestVictim, sentenceId = randomUUID()): EventToAppend {
  return anEventOf('ReferralReceived', {
    victimId: victim.victimId,
    sentenceId,
    referredFor: 'VCS',
    source: 'witness-care-unit',
    circumstance: 'victim',
    receivedOn: '2026-11-20',
    personal: {
      fullName: victim.fullName,
      dateOfBirth: '1979-05-14',
      address: { line1: victim.line1, town: 'Leeds', postcode: victim.postcode },
      phone: victim.phone,
      email: victim.email,
    },
  });
}

export function contactPreferencesUpdated(victim: TestVictim): EventToAppend {
  return anEventOf('ContactPreferencesUpdated', {
    victimId: victim.victimId,
    updatedOn: '2026-11-21',
    channels: ['email', 'letter'],
    personal: {
      email: victim.email,
      address: { line1: victim.line1, postcode: victim.postcode },
      language: 'en',
      accessibleFormats: [],
      timesNotToCall: [],
    },
  });
}

export function interAgencyMeetingHeld(victims: readonly TestVictim[], sentenceId = randomUUID()): EventToAppend {
  return anEventOf('InterAgencyMeetingHeld', {
    sentenceId,
    meetingId: randomUUID(),
    kind: 'MAPPA',
    heldOn: '2026-11-22',
    agenciesPresent: ['probation', 'police'],
    victimsConsidered: victims.map((v) => ({ victimId: v.victimId })),
    actions: [],
    personal: Object.fromEntries(
      victims.map((v) => [
        v.victimId,
        { viewsPresented: `${v.fullName} fears contact near ${v.line1}`, outcome: 'exclusion zone' },
      ]),
    ),
  });
}
