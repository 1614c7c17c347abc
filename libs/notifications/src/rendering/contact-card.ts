import { Recipient } from '../channels/channel';

/** Decrypted events of one victim stream (type and data), as the event store gives them to the processor. */
export interface VictimEventLike {
  readonly type: string;
  readonly data: unknown;
}

type EventData = { readonly personal?: unknown } & Record<string, unknown>;
const dataOf = (event: VictimEventLike): EventData => (event.data ?? {}) as EventData;

interface Personal {
  readonly fullName?: string;
  readonly address?: { readonly lines?: readonly string[]; readonly postcode?: string };
  readonly email?: string;
  readonly phone?: string;
  readonly mobile?: string;
  readonly language?: string;
  readonly accessibleFormats?: readonly string[];
  readonly erased?: boolean;
  readonly body?: string;
  readonly addressBlock?: string;
}

/** Who and where a message goes to, with their language and accessible formats. All of it is personal data. */
export interface ContactCard {
  readonly recipient: Recipient;
  readonly language: string;
  readonly accessibleFormats: readonly string[];
}

function personalOf(event: VictimEventLike): Personal | undefined {
  const personal = dataOf(event).personal as Personal | undefined;
  return personal && !personal.erased ? personal : undefined;
}

/**
 * The victim's current contact card from their history: name from the referral (and corrections), contact
 * details and language from the latest preferences, or the person acting for them when letters go to that person
 * (`receivesCommunications`) — their name and details, falling back to the preferences' details.
 */
export function contactCardOf(events: readonly VictimEventLike[]): ContactCard {
  let victimName: string | undefined;
  let referralDetails: Personal = {};
  let preferences: Personal | undefined;
  let actingFor: Personal | undefined;
  for (const event of events) {
    const personal = personalOf(event);
    switch (event.type) {
      case 'ReferralReceived':
        victimName = personal?.fullName;
        referralDetails = personal ?? {};
        break;
      case 'VictimDetailsUpdated':
        if (personal?.fullName) victimName = personal.fullName;
        break;
      case 'ContactPreferencesUpdated':
        preferences = personal;
        break;
      case 'ActingForVictimNominated':
        if (dataOf(event).receivesCommunications === true) actingFor = personal ?? {};
        break;
      case 'ContactHandedToVictim':
        // A child victim, now 18: letters and calls go to them, no longer to the parent or guardian.
        actingFor = undefined;
        break;
    }
  }
  const details: Personal = { ...referralDetails, ...(preferences ?? {}) };
  const who = actingFor ?? {};
  const address = who.address ?? details.address;
  return {
    recipient: clean({
      name: actingFor ? who.fullName : victimName,
      email: who.email ?? details.email,
      mobile: who.mobile ?? who.phone ?? details.mobile,
      addressLines: address?.lines,
      postcode: address?.postcode,
    }),
    language: preferences?.language ?? 'en',
    accessibleFormats: preferences?.accessibleFormats ?? [],
  };
}

/** The approved letter's words and printed address (drafted, then edited). */
export function letterContentOf(
  events: readonly VictimEventLike[],
  letterId: string,
): { body?: string; addressBlock?: string; language?: string } {
  let content: { body?: string; addressBlock?: string; language?: string } = {};
  for (const event of events) {
    if ((event.type !== 'LetterDrafted' && event.type !== 'LetterEdited') || dataOf(event).letterId !== letterId)
      continue;
    const personal = personalOf(event);
    if (!personal) continue;
    content = {
      body: personal.body ?? content.body,
      addressBlock: personal.addressBlock ?? content.addressBlock,
      language: (personal as { language?: string }).language ?? content.language,
    };
  }
  return content;
}

function clean(recipient: Recipient): Recipient {
  return Object.fromEntries(
    Object.entries(recipient).filter(([, value]) => value !== undefined && value !== ''),
  ) as Recipient;
}
