import { NotifyClient } from 'notifications-node-client';
import { Accepted, ChannelError, DeliveryState, NotificationChannelPort, OutgoingMessage } from './channel';
import { NotifyTemplates } from './notify-templates';
import { forNotifyChannel } from './notify-markdown';

interface NotifyResponse<T> {
  readonly data: T;
}

/** The part of notifications-node-client this channel uses (so a test can see exactly what it calls). */
export interface NotifyApi {
  sendEmail(templateId: string, emailAddress: string, options: object): Promise<NotifyResponse<{ id: string }>>;
  sendSms(templateId: string, phoneNumber: string, options: object): Promise<NotifyResponse<{ id: string }>>;
  sendLetter(templateId: string, options: object): Promise<NotifyResponse<{ id: string }>>;
  getNotificationById(id: string): Promise<NotifyResponse<{ id: string; status: string; reference?: string }>>;
  getNotifications(
    templateType?: string,
    status?: string,
    reference?: string,
  ): Promise<NotifyResponse<{ notifications: { id: string; reference?: string }[] }>>;
}

export function createNotifyApi(apiKey: string, baseUrl?: string): NotifyApi {
  const client = baseUrl ? new NotifyClient(baseUrl, apiKey) : new NotifyClient(apiKey);
  return client as unknown as NotifyApi;
}

/**
 * GOV.UK Notify (production): email, SMS and letters from templates chosen by stage, channel and the victim's
 * language, with the rendered subject and body as personalisation (Markdown escaped for email and letters:
 * notify-markdown.ts; the address lines are printed as given), and the notification id as Notify's `reference` — which
 * is how a restarted processor asks Notify whether it already accepted a message.
 */
export class GovUkNotifyChannel implements NotificationChannelPort {
  readonly name = 'govuk-notify' as const;

  constructor(
    private readonly api: NotifyApi,
    private readonly templates: NotifyTemplates,
  ) {}

  async send(message: OutgoingMessage): Promise<Accepted> {
    const templateId = this.templates.templateFor(message.stage, message.channel, message.language);
    if (!templateId) throw new ChannelError('notify-no-template', true);
    // Every value carries free text (names, a letter's words): escaped so Notify's Markdown cannot format or link it.
    const personalisation = {
      subject: forNotifyChannel(message.channel, message.subject),
      body: forNotifyChannel(message.channel, message.body),
      name: forNotifyChannel(message.channel, message.recipient.name ?? ''),
    };
    const options = { personalisation, reference: message.reference };
    const response = await this.call(() => {
      switch (message.channel) {
        case 'email':
          if (!message.recipient.email) throw new ChannelError('no-email-address', true);
          return this.api.sendEmail(templateId, message.recipient.email, options);
        case 'sms':
          if (!message.recipient.mobile) throw new ChannelError('no-mobile-number', true);
          return this.api.sendSms(templateId, message.recipient.mobile, options);
        case 'letter':
          // Notify prints standard letters only: an accessible format is arranged by the VLO (dead letter → task).
          if (message.recipient.accessibleFormats?.length) throw new ChannelError('accessible-format-needs-vlo', true);
          if (!message.recipient.addressLines?.length || !message.recipient.postcode)
            throw new ChannelError('no-postal-address', true);
          return this.api.sendLetter(templateId, {
            ...options,
            personalisation: { ...personalisation, ...addressOf(message) },
          });
      }
    });
    return { providerReference: response.data.id };
  }

  async findAccepted(reference: string): Promise<Accepted | undefined> {
    const response = await this.call(() => this.api.getNotifications(undefined, undefined, reference));
    const found = response.data.notifications.find((notification) => notification.reference === reference);
    return found ? { providerReference: found.id } : undefined;
  }

  async deliveryState(providerReference: string): Promise<DeliveryState> {
    const response = await this.call(() => this.api.getNotificationById(providerReference));
    return deliveryStateOf(response.data.status);
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toChannelError(error);
    }
  }
}

/** Notify's letter address: address_line_1 (the name) to address_line_7, the last being the postcode. */
function addressOf(message: OutgoingMessage): Record<string, string> {
  const lines = [message.recipient.name, ...(message.recipient.addressLines ?? [])]
    .filter((line): line is string => !!line)
    .slice(0, 6);
  const address: Record<string, string> = {};
  [...lines, message.recipient.postcode as string].forEach(
    (line, index) => (address[`address_line_${index + 1}`] = line),
  );
  return address;
}

/** Notify statuses (email, SMS, letter) grouped into what the processor acts on. */
export function deliveryStateOf(status: string): DeliveryState {
  switch (status) {
    case 'delivered':
    case 'received': // letters: printed and posted
      return 'delivered';
    case 'permanent-failure':
    case 'validation-failed':
    case 'virus-scan-failed':
    case 'cancelled':
      return 'permanent-failure';
    case 'temporary-failure':
      return 'temporary-failure';
    case 'technical-failure':
      return 'technical-failure';
    default:
      return 'pending'; // created, sending, pending, sent (international SMS), accepted (letters)
  }
}

/**
 * Only codes leave this function: Notify's error messages may echo an email address or phone number.
 * 400/403 cannot succeed on retry; 429 (rate limit) and 5xx may.
 */
export function toChannelError(error: unknown): ChannelError {
  if (error instanceof ChannelError) return error;
  const response = (error as { response?: { status?: number; data?: { errors?: { error?: string }[] } } }).response;
  if (!response?.status) return new ChannelError('notify-unreachable', false);
  const kind = response.data?.errors?.[0]?.error;
  const code = `notify-${response.status}${kind && /^[A-Za-z]{1,40}$/.test(kind) ? `-${kind}` : ''}`;
  return new ChannelError(code, response.status === 400 || response.status === 403 || response.status === 404);
}
