import {
  AllSubscription,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  GlobalPosition,
  appendEachIndependently,
  ReadAllOptions,
  RecordedEvent,
  SealedHistoryReader,
  StreamAppend,
  StreamAppendOutcome,
  SubscribeToAllOptions,
} from '@vcs/event-store';
import { PersonalDataDecryptionError, PersonalDataRefusedError, VictimDataKeyMissingError } from './errors';
import { EncryptedPersonalData, looksEncrypted, PersonalDataCipher } from './personal-data-cipher';
import { domainPersonalDataOwnership, PersonalDataOwnershipOf } from './personal-data-ownership';
import { VictimDataKeyStore } from './victim-data-key-store';
import { isVictimId } from './victim-id';

/** What a victim's personal data reads as once their key has been destroyed. */
export const ERASED_PERSONAL_DATA: Readonly<{ erased: true }> = Object.freeze({ erased: true as const });

export function isErasedPersonalData(value: unknown): value is typeof ERASED_PERSONAL_DATA {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as { erased?: unknown }).erased === true &&
    Object.keys(value).length === 1
  );
}

export interface PersonalDataProtectingEventStoreOptions {
  /**
   * Ask the database (not the cache) for each victim's key before appending, so a victim erased by another
   * process a moment ago is refused at once instead of within the cache TTL. One extra query per append. Default true.
   */
  readonly revalidateKeysOnAppend?: boolean;
  readonly cipher?: PersonalDataCipher;
}

type Plan =
  | { readonly kind: 'plain'; readonly event: EventToAppend }
  | {
      readonly kind: 'one-victim';
      readonly event: EventToAppend;
      readonly data: Record<string, unknown>;
      readonly victimId: string;
    }
  | {
      readonly kind: 'per-victim';
      readonly event: EventToAppend;
      readonly data: Record<string, unknown>;
      readonly personal: Record<string, unknown>;
    };

/** An envelope located in a recorded event, and the victim whose key must open it. */
interface Sealed {
  readonly envelope: EncryptedPersonalData;
  readonly victimId: string;
  /** undefined: the whole `data.personal`; otherwise the per-victim entry. */
  readonly entry: string | undefined;
}

/**
 * A decorator around any EventStore adapter: `data.personal` is encrypted with the owning victim's data key
 * before it reaches the adapter, and decrypted on every read (or shown as ERASED_PERSONAL_DATA once the victim's
 * key is destroyed). Everything outside `data.personal` (ids, types, metadata, positions) passes through unchanged.
 */
export class PersonalDataProtectingEventStore implements EventStore, SealedHistoryReader {
  private readonly cipher: PersonalDataCipher;
  private readonly revalidateKeysOnAppend: boolean;

  constructor(
    private readonly inner: EventStore,
    private readonly keys: VictimDataKeyStore,
    private readonly ownershipOf: PersonalDataOwnershipOf = domainPersonalDataOwnership,
    options: PersonalDataProtectingEventStoreOptions = {},
  ) {
    this.cipher = options.cipher ?? new PersonalDataCipher();
    this.revalidateKeysOnAppend = options.revalidateKeysOnAppend ?? true;
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    // Check every event first: one refused event means nothing is appended and no key is created.
    const plans = events.map((event) => this.plan(event));
    const keys = await this.keysFor([plans]);
    return this.inner.appendToStream(streamId, this.seal(plans, keys), expectedRevision);
  }

  /**
   * Every stream's events checked and sealed as appendToStream would, with one key lookup for all their victims, then
   * one append to many streams below. A stream refused here (its events, or its victim erased) is answered with the
   * error appendToStream would have thrown and the others go on.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    const outcomes: (StreamAppendOutcome | undefined)[] = new Array<StreamAppendOutcome | undefined>(appends.length);
    const planned: { readonly index: number; readonly append: StreamAppend; readonly plans: Plan[] }[] = [];
    appends.forEach((append, index) => {
      try {
        planned.push({ index, append, plans: append.events.map((event) => this.plan(event)) });
      } catch (error) {
        outcomes[index] = { ok: false, error };
      }
    });
    let keys: Map<string, Buffer>;
    try {
      keys = await this.keysFor(planned.map((p) => p.plans));
    } catch {
      // One victim's key refused (e.g. erased a moment ago): each stream on its own, so only that one fails.
      const alone = await appendEachIndependently(
        this,
        planned.map((p) => p.append),
      );
      planned.forEach((p, i) => (outcomes[p.index] = alone[i]));
      return outcomes as StreamAppendOutcome[];
    }
    const sealed = planned.map((p): StreamAppend => ({ ...p.append, events: this.seal(p.plans, keys) }));
    const appended = await this.inner.appendToStreams(sealed);
    planned.forEach((p, i) => (outcomes[p.index] = appended[i]));
    return outcomes as StreamAppendOutcome[];
  }

  /** The data keys of every victim whose personal data these planned events carry (created on first use). */
  private async keysFor(planSets: readonly (readonly Plan[])[]): Promise<Map<string, Buffer>> {
    const victimIds = new Set<string>();
    for (const plan of planSets.flat()) {
      if (plan.kind === 'one-victim') victimIds.add(plan.victimId);
      if (plan.kind === 'per-victim') Object.keys(plan.personal).forEach((id) => victimIds.add(id.toLowerCase()));
    }
    return victimIds.size === 0
      ? new Map<string, Buffer>()
      : this.keys.getOrCreateMany(victimIds, { revalidate: this.revalidateKeysOnAppend });
  }

  private seal(plans: readonly Plan[], keys: Map<string, Buffer>): EventToAppend[] {
    return plans.map((plan): EventToAppend => {
      if (plan.kind === 'plain') return plan.event;
      const eventId = plan.event.id;
      if (plan.kind === 'one-victim') {
        const personal = this.cipher.encrypt(plan.data.personal, keys.get(plan.victimId) as Buffer, {
          eventId,
          victimId: plan.victimId,
        });
        return { ...plan.event, data: { ...plan.data, personal } };
      }
      const personal: Record<string, EncryptedPersonalData> = {};
      for (const [victimId, entry] of Object.entries(plan.personal)) {
        personal[victimId] = this.cipher.encrypt(entry, keys.get(victimId.toLowerCase()) as Buffer, {
          eventId,
          victimId,
        });
      }
      return { ...plan.event, data: { ...plan.data, personal } };
    });
  }

  /** Many streams, decrypted together: one key lookup for all their victims. */
  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = await this.inner.readStreams(streamIds);
    const revealed = await this.reveal([...streams.values()].flat());
    let next = 0;
    for (const [streamId, events] of streams) {
      streams.set(streamId, revealed.slice(next, next + events.length));
      next += events.length;
    }
    return streams;
  }

  async readStream(streamId: string, options?: { fromRevision?: bigint; maxCount?: number }): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readStream(streamId, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readAll(options));
  }

  /**
   * The history as stored: `data.personal` still encrypted. For readers that never look at personal data (no key
   * lookup, no decryption, no personal data in their memory); `unseal` opens what another reader of the batch needs.
   */
  readAllSealed(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  /** Decrypts events read with readAllSealed exactly as readAll would (erased victims read as ERASED_PERSONAL_DATA). */
  unseal(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    return this.reveal(events);
  }

  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    const inner = this.inner.subscribeToAll(options);
    const reveal = (event: RecordedEvent) => this.reveal([event]).then(([revealed]) => revealed);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const event of inner) yield await reveal(event);
      },
      close: () => inner.close(),
    };
  }

  headPosition(): Promise<GlobalPosition | undefined> {
    return this.inner.headPosition();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** Decrypts a batch: one key lookup for all its victims (cached keys cost nothing), then AES-GCM per envelope. */
  private async reveal(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const sealedByEvent = events.map((event) => locateSealed(event));
    const victimIds = new Set(sealedByEvent.flatMap((sealed) => sealed.map((s) => s.victimId)));
    if (victimIds.size === 0) return [...events];
    const keys = await this.keys.findMany(victimIds);
    return events.map((event, index) => {
      const sealed = sealedByEvent[index];
      if (sealed.length === 0) return event;
      const data = event.data as Record<string, unknown>;
      const open = (s: Sealed): unknown => {
        const key = keys.get(s.victimId);
        if (key === undefined) throw new VictimDataKeyMissingError(s.victimId);
        if (key === 'destroyed') return ERASED_PERSONAL_DATA;
        return this.cipher.decrypt(s.envelope, key, { eventId: event.id, victimId: s.victimId });
      };
      let personal: unknown;
      if (sealed[0].entry === undefined) {
        personal = open(sealed[0]);
      } else {
        const entries = { ...(data.personal as Record<string, unknown>) };
        for (const s of sealed) entries[s.entry as string] = open(s);
        personal = entries;
      }
      return { ...event, data: { ...data, personal } };
    });
  }

  private plan(event: EventToAppend): Plan {
    const data = event.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return { kind: 'plain', event };
    const record = data as Record<string, unknown>;
    if (record.personal === undefined) return { kind: 'plain', event };
    const refuse = (reason: ConstructorParameters<typeof PersonalDataRefusedError>[0], detail: string) =>
      new PersonalDataRefusedError(reason, event.id, event.type, detail);
    const ownership = this.ownershipOf(event.type, data);
    if (ownership === undefined)
      throw refuse(
        'unknown-event-type',
        'the event type is unknown, so it is not known whose key protects its personal data',
      );
    if (ownership.shape === 'none')
      throw refuse('event-type-has-no-personal-data', 'this event type must not carry personal data');
    const personal = record.personal;
    if (personal === null || typeof personal !== 'object' || Array.isArray(personal))
      throw refuse('personal-not-an-object', 'data.personal must be an object');
    if (looksEncrypted(personal) || Object.values(personal).some(looksEncrypted)) {
      throw refuse(
        'already-encrypted',
        'data.personal is already encrypted (an envelope is bound to the event it was written in)',
      );
    }
    if (ownership.shape === 'one-victim') {
      if (ownership.victimId === undefined || ownership.victimId === '')
        throw refuse('missing-victim-id', 'a one-victim event needs the victim id');
      if (!isVictimId(ownership.victimId)) throw refuse('invalid-victim-id', 'the victim id is not a UUID');
      return { kind: 'one-victim', event, data: record, victimId: ownership.victimId.toLowerCase() };
    }
    const owners = new Set(ownership.victimIds.map((id) => id.toLowerCase()));
    const entries: Record<string, unknown> = {};
    for (const [victimId, entry] of Object.entries(personal)) {
      if (!isVictimId(victimId))
        throw refuse('invalid-victim-id', 'every key of a per-victim data.personal must be a victim id (UUID)');
      if (!owners.has(victimId.toLowerCase()))
        throw refuse('victim-not-in-ownership', `victim ${victimId} is not among the event's owners`);
      if (entry !== undefined) entries[victimId] = entry;
    }
    return { kind: 'per-victim', event, data: record, personal: entries };
  }
}

/** Finds envelopes under `data.personal`: the whole of it, or the entries of an object keyed by victim id. */
function locateSealed(event: RecordedEvent): Sealed[] {
  const data = event.data;
  if (data === null || typeof data !== 'object') return [];
  const personal = (data as { personal?: unknown }).personal;
  if (personal === null || typeof personal !== 'object' || Array.isArray(personal)) return [];
  if (looksEncrypted(personal)) {
    const owner = (data as { victimId?: unknown }).victimId;
    const victimId = typeof owner === 'string' ? owner : personal.victimId;
    if (!isVictimId(victimId)) throw new PersonalDataDecryptionError('malformed-envelope', event.id, undefined);
    return [{ envelope: personal, victimId: victimId.toLowerCase(), entry: undefined }];
  }
  const sealed: Sealed[] = [];
  for (const [key, value] of Object.entries(personal)) {
    if (!looksEncrypted(value)) continue;
    if (!isVictimId(key)) throw new PersonalDataDecryptionError('malformed-envelope', event.id, undefined);
    sealed.push({ envelope: value, victimId: key.toLowerCase(), entry: key });
  }
  return sealed;
}
