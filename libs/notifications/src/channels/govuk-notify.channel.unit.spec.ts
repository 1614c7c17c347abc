import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ChannelError, OutgoingMessage } from './channel';
import { createNotifyApi, deliveryStateOf, GovUkNotifyChannel } from './govuk-notify.channel';
import { NotifyTemplates } from './notify-templates';

const API_KEY = 'vcs_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const EMAIL_EN = '0b7b6fa8-4cd4-4a3c-9b6c-5f4c3d0f1a11';
const EMAIL_CY = '1c8c7fb9-5de5-4b4d-8c7d-6f5d4e1f2b22';
const LETTER_EN = '8e0b6f2a-1f3b-4e55-8b2a-3c1f0e9d7a22';
const RELEASE_SMS = '2d9d8fca-6ef6-4c5e-9d8e-7a6e5f2a3c33';

interface Recorded {
  method: string;
  path: string;
  authorised: boolean;
  body: Record<string, unknown>;
}

/** A fake GOV.UK Notify on 127.0.0.1: records requests, answers like Notify (never the real service). */
class FakeNotify {
  readonly requests: Recorded[] = [];
  readonly byReference = new Map<string, { id: string; status: string }>();
  failNext: { status: number; error: string } | undefined;
  private server: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname + url.search,
      authorised: /^Bearer \S+\.\S+\.\S+$/.test(req.headers.authorization ?? ''),
      body,
    });
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (this.failNext) {
      const { status, error } = this.failNext;
      this.failNext = undefined;
      return reply(status, {
        status_code: status,
        errors: [{ error, message: `something about ${String(body.email_address)}` }],
      });
    }
    if (req.method === 'POST' && url.pathname.startsWith('/v2/notifications/')) {
      const id = `notify-${this.requests.length}`;
      this.byReference.set(String(body.reference), { id, status: 'sending' });
      return reply(201, { id, reference: body.reference, content: {}, uri: '', template: { id: body.template_id } });
    }
    if (req.method === 'GET' && url.pathname === '/v2/notifications') {
      const reference = url.searchParams.get('reference') ?? '';
      const found = this.byReference.get(reference);
      return reply(200, { notifications: found ? [{ id: found.id, reference, status: found.status }] : [], links: {} });
    }
    if (req.method === 'GET' && url.pathname.startsWith('/v2/notifications/')) {
      const id = url.pathname.split('/').pop();
      const found = [...this.byReference.values()].find((n) => n.id === id);
      return found ? reply(200, { id, status: found.status }) : reply(404, { errors: [{ error: 'NoResultFound' }] });
    }
    reply(404, { errors: [{ error: 'NotFound' }] });
  }
}

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  reference: '5f0c1d2e-3a4b-5c6d-8e9f-0a1b2c3d4e5f',
  notificationId: '5f0c1d2e-3a4b-5c6d-8e9f-0a1b2c3d4e5f',
  victimId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  channel: 'email',
  stage: 'release-on-licence',
  language: 'en',
  recipient: {
    name: 'Jane Example',
    email: 'jane.example@example.org',
    mobile: '07700 900123',
    addressLines: ['12 Acacia Avenue', 'Leeds'],
    postcode: 'LS6 2QR',
  },
  subject: 'The offender has been released',
  body: 'Dear Jane Example, …',
  ...overrides,
});

describe('GOV.UK Notify channel (against a local fake Notify)', () => {
  const notify = new FakeNotify();
  let channel: GovUkNotifyChannel;

  beforeAll(async () => {
    await notify.start();
    const templates = new NotifyTemplates({
      default: { email: { en: EMAIL_EN, cy: EMAIL_CY }, letter: { en: LETTER_EN } },
      'release-on-licence': { sms: { en: RELEASE_SMS } },
    });
    channel = new GovUkNotifyChannel(createNotifyApi(API_KEY, notify.url), templates);
  });

  afterAll(() => notify.stop());

  it('sends an email with the template for the channel and language, the rendered text as personalisation, and the notification id as reference', async () => {
    const accepted = await channel.send(message({ language: 'cy' }));
    const sent = notify.requests[notify.requests.length - 1];
    expect(sent).toMatchObject({ method: 'POST', path: '/v2/notifications/email', authorised: true });
    expect(sent.body).toEqual({
      template_id: EMAIL_CY,
      email_address: 'jane.example@example.org',
      personalisation: {
        subject: 'The offender has been released',
        body: 'Dear Jane Example, …',
        name: 'Jane Example',
      },
      reference: message().reference,
    });
    expect(accepted.providerReference).toMatch(/^notify-/);
  });

  it('sends an SMS with a stage template, and a letter with the address as Notify wants it', async () => {
    await channel.send(message({ channel: 'sms', reference: 'ref-sms' }));
    expect(notify.requests[notify.requests.length - 1].body).toMatchObject({
      template_id: RELEASE_SMS,
      phone_number: '07700 900123',
      reference: 'ref-sms',
    });
    await channel.send(message({ channel: 'letter', reference: 'ref-letter' }));
    expect(notify.requests[notify.requests.length - 1]).toMatchObject({ path: '/v2/notifications/letter' });
    expect(notify.requests[notify.requests.length - 1].body).toMatchObject({
      template_id: LETTER_EN,
      reference: 'ref-letter',
      personalisation: {
        address_line_1: 'Jane Example',
        address_line_2: '12 Acacia Avenue',
        address_line_3: 'Leeds',
        address_line_4: 'LS6 2QR',
      },
    });
  });

  it('escapes the free text it puts into email and letter templates so it cannot format or link; SMS and the address are sent as written', async () => {
    const name = 'Jane [click here](https://evil.example)';
    const body = 'Dear Jane,\n\n# Urgent\n* call now\nThe condition: not to enter **Leeds** (see www.evil.example)';
    await channel.send(message({ recipient: { ...message().recipient, name }, body, reference: 'ref-escaped' }));
    expect(notify.requests[notify.requests.length - 1].body.personalisation).toEqual({
      subject: 'The offender has been released',
      body: 'Dear Jane,\n\n\\# Urgent\n\\* call now\nThe condition: not to enter \\*\\*Leeds\\*\\* \\(see www\\.evil.example\\)',
      name: 'Jane \\[click here\\]\\(https\\://evil.example\\)',
    });
    await channel.send(
      message({
        channel: 'letter',
        recipient: { ...message().recipient, name },
        body,
        reference: 'ref-escaped-letter',
      }),
    );
    expect(notify.requests[notify.requests.length - 1].body.personalisation).toMatchObject({
      body: expect.stringContaining('\\# Urgent'),
      name: 'Jane \\[click here\\]\\(https\\://evil.example\\)',
      address_line_1: name, // printed in the address window as written: no Markdown there
      address_line_2: '12 Acacia Avenue',
    });
    await channel.send(
      message({ channel: 'sms', recipient: { ...message().recipient, name }, body, reference: 'ref-sms-raw' }),
    );
    expect(notify.requests[notify.requests.length - 1].body.personalisation).toEqual({
      subject: 'The offender has been released',
      body,
      name,
    });
  });

  it('finds a message already accepted under a reference (after a crash), and reports none for an unknown one', async () => {
    await channel.send(message({ reference: 'ref-crash' }));
    expect(await channel.findAccepted('ref-crash')).toEqual({
      providerReference: notify.byReference.get('ref-crash')?.id,
    });
    expect(await channel.findAccepted('never-sent')).toBeUndefined();
    expect(notify.requests[notify.requests.length - 1].path).toBe('/v2/notifications?reference=never-sent');
  });

  it('follows the delivery status', async () => {
    const { providerReference } = await channel.send(message({ reference: 'ref-status' }));
    expect(await channel.deliveryState(providerReference)).toBe('pending');
    notify.byReference.set('ref-status', { id: providerReference, status: 'permanent-failure' });
    expect(await channel.deliveryState(providerReference)).toBe('permanent-failure');
    expect(['delivered', 'received', 'temporary-failure', 'technical-failure', 'created'].map(deliveryStateOf)).toEqual(
      ['delivered', 'delivered', 'temporary-failure', 'technical-failure', 'pending'],
    );
  });

  it('turns errors into codes: 400 is permanent, 429 and 5xx are retried; the provider message (which may echo an address) is dropped', async () => {
    notify.failNext = { status: 400, error: 'ValidationError' };
    const refused = await channel.send(message({ reference: 'ref-400' })).catch((error: unknown) => error);
    expect(refused).toEqual(expect.objectContaining({ code: 'notify-400-ValidationError', permanent: true }));
    expect(String((refused as Error).message)).not.toContain('jane.example');
    notify.failNext = { status: 429, error: 'RateLimitError' };
    await expect(channel.send(message({ reference: 'ref-429' }))).rejects.toMatchObject({
      code: 'notify-429-RateLimitError',
      permanent: false,
    });
    notify.failNext = { status: 500, error: 'Exception' };
    await expect(channel.send(message({ reference: 'ref-500' }))).rejects.toMatchObject({
      code: 'notify-500-Exception',
      permanent: false,
    });
  });

  it('refuses without calling Notify what it cannot send: no address, no template, an accessible format', async () => {
    const before = notify.requests.length;
    await expect(channel.send(message({ recipient: { name: 'Jane' } }))).rejects.toMatchObject({
      code: 'no-email-address',
      permanent: true,
    });
    await expect(channel.send(message({ channel: 'sms', stage: 'recall' }))).rejects.toBeInstanceOf(ChannelError);
    await expect(
      channel.send(
        message({ channel: 'letter', recipient: { ...message().recipient, accessibleFormats: ['braille'] } }),
      ),
    ).rejects.toMatchObject({
      code: 'accessible-format-needs-vlo',
    });
    expect(notify.requests.length).toBe(before);
  });
});
