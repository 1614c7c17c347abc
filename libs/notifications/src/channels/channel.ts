import { EntityManager } from 'typeorm';

/** The channels a notification goes by (the victim's choice); phone calls are made by the VLO, not sent. */
export type MessageChannel = 'letter' | 'email' | 'sms';

export interface Recipient {
  /** Who the message is addressed to (the victim, or the person acting for them). */
  readonly name?: string;
  readonly email?: string;
  readonly mobile?: string;
  /** Printed address: up to six lines plus postcode. */
  readonly addressLines?: readonly string[];
  readonly postcode?: string;
  /** Letters: large print, braille, easy read or audio, for whoever prints and posts it. */
  readonly accessibleFormats?: readonly string[];
}

/** A rendered message, ready for a channel. Everything but ids, codes and the stage is personal data. */
export interface OutgoingMessage {
  /** The idempotency reference the channel is given: the notification id. */
  readonly reference: string;
  readonly notificationId: string;
  readonly victimId: string;
  readonly channel: MessageChannel;
  readonly stage: string;
  /** BCP 47 language tag of the text (the victim's language when there is a text in it, else en). */
  readonly language: string;
  readonly recipient: Recipient;
  readonly subject: string;
  readonly body: string;
}

export interface Accepted {
  /** The channel's own id for the message (GOV.UK Notify's notification id, or the outbox row id). */
  readonly providerReference: string;
}

export type DeliveryState = 'pending' | 'delivered' | 'permanent-failure' | 'temporary-failure' | 'technical-failure';

/**
 * One port for every channel. `send` must be safe to call again with the same reference only after
 * `findAccepted` said it was not accepted; the processor guarantees that (notification_attempts).
 */
export interface NotificationChannelPort {
  readonly name: 'outbox' | 'govuk-notify';
  send(message: OutgoingMessage, manager?: EntityManager): Promise<Accepted>;
  /** Whether a message with this reference was already accepted (after a crash between accepting and recording). */
  findAccepted(reference: string): Promise<Accepted | undefined>;
  /** Delivery status of an accepted email or SMS; undefined when the channel does not report one. */
  deliveryState?(providerReference: string): Promise<DeliveryState | undefined>;
  /**
   * Channels that live in our own database (the outbox): hand over the messages AND record each attempt as accepted
   * (notification_attempts) in one statement, so no crash can separate them; a reference already there is answered
   * with its first message (never written twice). A message missing from the answer was raced by another writer:
   * unknown, retry. Channels without it follow the record-before-call / ask-after-restart protocol.
   */
  sendRecorded?(entries: readonly RecordedSend[]): Promise<ReadonlyMap<string, Accepted>>;
}

/** One message to hand over with its attempt (number from 1), for `sendRecorded`. */
export interface RecordedSend {
  readonly message: OutgoingMessage;
  readonly attempt: number;
}

/**
 * A channel refused or failed. `code` is a stable code for events and logs (never the provider's message, which
 * may echo an address); `permanent` means retrying cannot help (bad request, unknown template, no address).
 */
export class ChannelError extends Error {
  constructor(
    readonly code: string,
    readonly permanent: boolean,
  ) {
    super(`channel error ${code}${permanent ? ' (permanent)' : ''}`);
    this.name = 'ChannelError';
  }
}
