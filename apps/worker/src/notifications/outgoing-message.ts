import { VictimNotification } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import {
  ChannelError,
  ContactCard,
  contactCardOf,
  letterContentOf,
  MessageChannel,
  OutgoingMessage,
  renderStage,
  requestAnswerInHistory,
  requestAnswerStageFacts,
  StageFacts,
} from '@vcs/notifications';
import { letterRecipient } from './letter-recipient';

/**
 * The message for one notification, from the victim's history and the facts of its stage: a letter is the approved
 * letter's own words and address; an email or text is the stage's template in the victim's language. A message that
 * cannot be made (no approved letter, no address) is a permanent ChannelError.
 */
export function outgoingMessageOf(
  victimId: string,
  events: readonly RecordedEvent[],
  notification: VictimNotification,
  stageFacts: StageFacts,
): OutgoingMessage {
  const card = contactCardOf(events);
  // The VNS has its own first message (issue 17): the referral says which scheme the victim was referred for.
  const referral = events.find((event) => event.type === 'ReferralReceived')?.data as
    { referredFor?: 'vcs' | 'vns' } | undefined;
  // The answer to a request is on the victim's own stream (issue 17): the event that caused the notice.
  const answer =
    notification.stage === 'request-answered'
      ? requestAnswerInHistory(events, { answerEventId: notification.causedBy.eventId })
      : undefined;
  const facts = {
    ...stageFacts,
    ...(answer ? requestAnswerStageFacts(answer) : {}),
    ...(referral?.referredFor ? { scheme: referral.referredFor } : {}),
  };
  const channel = notification.channel as MessageChannel;
  const base = {
    reference: notification.notificationId,
    notificationId: notification.notificationId,
    victimId,
    channel,
    stage: notification.stage,
  };
  return channel === 'letter'
    ? { ...base, ...letterParts(events, notification, facts, card) }
    : { ...base, ...textParts(channel, notification, facts, card) };
}

type MessageParts = Pick<OutgoingMessage, 'language' | 'recipient' | 'subject' | 'body'>;

function letterParts(
  events: readonly RecordedEvent[],
  notification: VictimNotification,
  facts: StageFacts,
  card: ContactCard,
): MessageParts {
  const letter = notification.letterId ? letterContentOf(events, notification.letterId) : {};
  if (!letter.body) throw new ChannelError('letter-content-missing', true);
  const { subject } = renderStage(notification.stage, facts, card.recipient.name, letter.language ?? card.language);
  const recipient = letterRecipient(letter.addressBlock, card.recipient.name, card.accessibleFormats);
  // Every letter channel (the outbox too, not only Notify): a letter with no address beyond the name is not posted.
  if (!recipient.addressLines?.length) throw new ChannelError('no-postal-address', true);
  return {
    language: letter.language ?? card.language,
    recipient,
    subject,
    body: letter.body,
  };
}

function textParts(
  channel: 'email' | 'sms',
  notification: VictimNotification,
  facts: StageFacts,
  card: ContactCard,
): MessageParts {
  const text = renderStage(notification.stage, facts, card.recipient.name, card.language); // Welsh for a victim who chose Welsh
  const recipient =
    channel === 'email'
      ? { name: card.recipient.name, email: card.recipient.email }
      : { name: card.recipient.name, mobile: card.recipient.mobile };
  if (channel === 'email' && !recipient.email) throw new ChannelError('no-email-address', true);
  if (channel === 'sms' && !recipient.mobile) throw new ChannelError('no-mobile-number', true);
  return {
    language: text.language,
    recipient: JSON.parse(JSON.stringify(recipient)),
    subject: text.subject,
    body: text.body,
  };
}
