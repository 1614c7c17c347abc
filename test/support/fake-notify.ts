import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** A well-formed GOV.UK Notify test key (key name, service id, secret): the client signs its JWT with it. Not a real key. */
export const FAKE_NOTIFY_API_KEY = 'vcs_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';

export type NotifyKind = 'email' | 'sms' | 'letter';

/** One message the fake accepted, with the status it reports for it (Notify's own words: sending, delivered, …). */
export interface FakeNotifyMessage {
  readonly id: string;
  readonly kind: NotifyKind;
  readonly reference: string;
  readonly templateId: string;
  /** The address Notify was asked to send to (email address or phone number; letters: address_line_1..7). */
  readonly to: string;
  status: string;
  /** How many times the service asked for this message's status (GET /v2/notifications/{id}). */
  statusChecks: number;
}

/**
 * A fake GOV.UK Notify on 127.0.0.1 for tests of the running flow (never the real service): accepts email, SMS and
 * letters, answers look-ups by reference and status checks by id, and reports whatever status the test sets
 * (`statusFor` picks the first one from the message). Keeps what it was sent in memory only; logs nothing.
 */
export class FakeNotify {
  readonly messages: FakeNotifyMessage[] = [];
  url = '';
  private server: Server | undefined;

  constructor(
    private readonly statusFor: (kind: NotifyKind, to: string) => string = (kind) =>
      kind === 'letter' ? 'accepted' : 'sending',
  ) {}

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  byReference(reference: string): FakeNotifyMessage[] {
    return this.messages.filter((message) => message.reference === reference);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const url = new URL(req.url ?? '/', this.url);
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (!/^Bearer \S+\.\S+\.\S+$/.test(req.headers.authorization ?? ''))
      return reply(403, { errors: [{ error: 'AuthError' }] });
    const send = /^\/v2\/notifications\/(email|sms|letter)$/.exec(url.pathname);
    if (req.method === 'POST' && send) {
      const kind = send[1] as NotifyKind;
      const personalisation = (body.personalisation ?? {}) as Record<string, unknown>;
      const to = String(
        kind === 'email'
          ? body.email_address
          : kind === 'sms'
            ? body.phone_number
            : Object.keys(personalisation)
                .filter((key) => key.startsWith('address_line_'))
                .sort()
                .map((key) => personalisation[key])
                .join('\n'),
      );
      const message: FakeNotifyMessage = {
        id: randomUUID(),
        kind,
        reference: String(body.reference ?? ''),
        templateId: String(body.template_id ?? ''),
        to,
        status: this.statusFor(kind, to),
        statusChecks: 0,
      };
      this.messages.push(message);
      return reply(201, {
        id: message.id,
        reference: message.reference,
        content: {},
        uri: `${this.url}/v2/notifications/${message.id}`,
        template: { id: message.templateId },
      });
    }
    if (req.method === 'GET' && url.pathname === '/v2/notifications') {
      const reference = url.searchParams.get('reference') ?? '';
      const found = this.byReference(reference).map(({ id, status }) => ({ id, reference, status }));
      return reply(200, { notifications: found, links: {} });
    }
    const byId = /^\/v2\/notifications\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (req.method === 'GET' && byId) {
      const message = this.messages.find((m) => m.id === byId[1]);
      if (!message) return reply(404, { errors: [{ error: 'NoResultFound' }] });
      message.statusChecks += 1;
      return reply(200, { id: message.id, reference: message.reference, type: message.kind, status: message.status });
    }
    reply(404, { errors: [{ error: 'NotFound' }] });
  }
}
