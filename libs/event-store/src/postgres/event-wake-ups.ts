import { Client } from 'pg';

type Listener = () => void;

/**
 * One LISTEN connection shared by all subscriptions of a store: a NOTIFY on 'vcs_events' (or another channel) wakes
 * them. Losing the connection is not fatal (subscribers also poll); it reconnects in the background.
 */
export class EventWakeUps {
  private readonly listeners = new Set<Listener>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly channel: 'vcs_events' | 'vcs_checkpoints' = 'vcs_events',
  ) {}

  add(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.ensureConnected();
    return () => this.listeners.delete(listener);
  }

  private ensureConnected(): Promise<void> {
    if (this.closed || this.client || this.connecting) return this.connecting ?? Promise.resolve();
    this.connecting = this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('notification', () => this.listeners.forEach((listener) => listener()));
    client.on('error', () => this.dropAndRetry(client));
    client.on('end', () => this.dropAndRetry(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      // Anything committed while we were not listening is picked up by this wake-up.
      this.listeners.forEach((listener) => listener());
    } catch {
      this.dropAndRetry(client);
    }
  }

  private dropAndRetry(client: Client): void {
    if (this.client === client) this.client = undefined;
    client.end().catch(() => undefined);
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.listeners.size > 0) void this.ensureConnected();
    }, 1000);
    this.retryTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    this.listeners.clear();
    if (client) await client.end().catch(() => undefined);
  }
}
