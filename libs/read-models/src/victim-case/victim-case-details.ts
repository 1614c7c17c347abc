import { isErasedPersonalData } from '@vcs/security';
import { ErasedPersonalData } from '../recorded-domain-event';
import type { CaseContactDetails, CaseSentence, SentenceLookup } from './victim-case.evolve';

// How the case view reads a linked sentence and the personal details an event carries (the referral and later events).

/** Personal data source: which event a detail came from (the referral, or the latest contact preferences). */
export type DetailSource = 'referral' | 'contact-preferences';

/** A sentence the victim is linked to, as the case view keeps it when the link is made. */
export function caseSentence(
  sentenceId: string,
  linkedOn: string,
  viaReferral: boolean,
  sentenceOf: SentenceLookup,
): CaseSentence {
  const found = sentenceOf(sentenceId);
  return {
    sentenceId,
    reference: found?.reference ?? null,
    sentenceDate: found?.sentenceDate ?? null,
    probationRegion: found?.probationRegion ?? null,
    linkedOn,
    viaReferral,
  };
}

/** The personal part, unless it was erased. */
export function personalOf<P extends object>(personal: P | ErasedPersonalData | undefined): P | undefined {
  if (personal === null || typeof personal !== 'object' || isErasedPersonalData(personal)) return undefined;
  return personal;
}

export function addressesOf(address: unknown, source: DetailSource): CaseContactDetails['addresses'] {
  if (address === null || typeof address !== 'object') return [];
  const { lines, postcode } = address as { lines?: unknown; postcode?: unknown };
  return [
    {
      source,
      lines: Array.isArray(lines) ? lines.map(String) : [],
      postcode: typeof postcode === 'string' ? postcode : null,
    },
  ];
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
