import { RecordedEvent } from '@vcs/event-store';
import { DataKeySource, isSealed, openerFor, sealerForMany } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { BatchColumn, BatchWrite, distinct, writeRows } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { Projection } from '../projection';
import { recordedDomainEventOf } from '../recorded-domain-event';
import { LetterRow, LettersBatch, letterVictimId, LetterVictimRow } from './letters.batch';

export const LETTERS_PROJECTION = 'letters';

const LETTER_COLUMNS: readonly BatchColumn[] = [
  ['letter_id', 'text'],
  ['victim_id', 'text'],
  ['notification_id', 'text'],
  ['stage', 'text'],
  ['status', 'text'],
  ['region', 'text'],
  ['authors', 'text[]'],
  ['drafted_by', 'text'],
  ['drafted_on', 'date'],
  ['drafted_at', 'timestamptz'],
  ['last_edited_by', 'text'],
  ['last_edited_at', 'timestamptz'],
  ['submitted_by', 'text'],
  ['submitted_on', 'date'],
  ['submitted_at', 'timestamptz'],
  ['approved_by', 'text'],
  ['approved_on', 'date'],
  ['approved_at', 'timestamptz'],
  ['returned_by', 'text'],
  ['returned_on', 'date'],
  ['returned_at', 'timestamptz'],
  ['sent_at', 'timestamptz'],
  ['sending_state', 'text'],
  ['sending_reason', 'text'],
  ['body', 'text'],
  ['address_block', 'text'],
  ['language', 'text'],
  ['return_comments', 'text'],
  ['personal_data_erased', 'boolean'],
  ['updated_at', 'timestamptz'],
];
/** LetterRow's fields in the order of LETTER_COLUMNS. */
const LETTER_FIELDS: readonly (keyof LetterRow)[] = [
  'letterId',
  'victimId',
  'notificationId',
  'stage',
  'status',
  'region',
  'authors',
  'draftedBy',
  'draftedOn',
  'draftedAt',
  'lastEditedBy',
  'lastEditedAt',
  'submittedBy',
  'submittedOn',
  'submittedAt',
  'approvedBy',
  'approvedOn',
  'approvedAt',
  'returnedBy',
  'returnedOn',
  'returnedAt',
  'sentAt',
  'sendingState',
  'sendingReason',
  'body',
  'addressBlock',
  'language',
  'returnComments',
  'personalDataErased',
  'updatedAt',
];

/** A letter's fields that hold personal data: sealed under the victim's own data key at rest, opened when loaded. */
const SEALED_FIELDS = ['body', 'addressBlock', 'returnComments'] as const satisfies readonly (keyof LetterRow)[];
type Seal = (victimId: string, plaintext: string | null | undefined) => string | null;
type Open = (victimId: string, sealed: unknown) => string | null;

/**
 * Letters and their workflow state (docs/letters.md). The text, address block and return comments rest sealed under
 * the victim's data key (`read-model-sealing.ts`); rows are worked on in plain form in memory. Reads every event so that `letter_victims.revision` follows
 * the victim's stream (the ETag a letter answers with); acts on sentences (region), referrals, preferences (large
 * print), the letter events, notifications that link or send a letter, and erasure. Times come from the events.
 *
 * A batch loads the sentences, victims and letters it touches (one query per table), applies the events in order in
 * memory (`LettersBatch`) and writes each changed row once. `apply` is a batch of one.
 */
export class LettersProjection implements Projection {
  readonly name = LETTERS_PROJECTION;
  readonly handles = '*' as const;
  readonly tables = ['letters', 'letter_victims', 'letter_sentences'];
  readonly readsPersonalData = true;
  /** Large print (preferences) and the letters' own text; no other event's personal part is read. */
  readonly personalDataTypes: readonly string[] = [
    'ContactPreferencesUpdated',
    'LetterDrafted',
    'LetterEdited',
    'LetterReturned',
  ];

  constructor(private readonly dataKeys: DataKeySource) {}

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  async applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const victimEvents = events.filter((e) => e.streamId.startsWith('victim-'));
    const victimIds = distinct(victimEvents.map(letterVictimId));
    const sentenceIds = distinct(
      events
        .map((e) => recordedDomainEventOf(e))
        .flatMap((e) => (e.type === 'SentenceRecorded' || e.type === 'ReferralReceived' ? [e.data.sentenceId] : [])),
    );
    const letterIds = distinct(
      victimEvents
        .map((e) => recordedDomainEventOf(e).data)
        .flatMap((data) => ('letterId' in data && typeof data.letterId === 'string' ? [data.letterId] : [])),
    );
    const batch = new LettersBatch(
      await loadSentences(sentenceIds, manager),
      await loadVictims(victimIds, manager),
      await loadLetters(victimIds, letterIds, manager, this.dataKeys),
    );
    for (const event of events) batch.apply(event);
    const seal = await sealerForMany(
      this.dataKeys,
      [...batch.changedLetters].map((id) => (batch.letters.get(id) as LetterRow).victimId),
    );
    const writes = letterWrites(
      batch,
      { sentences: batch.changedSentences, victims: batch.changedVictims, letters: batch.changedLetters },
      true,
      seal,
    );
    for (const write of writes) await writeRows(manager, write);
  }

  /** The whole history as one batch, held in memory; each row written once. */
  memoryBuild(): MemoryBuild {
    const batch = new LettersBatch(new Map(), new Map(), new Map());
    let seal: Seal | undefined;
    return {
      apply: (events) => {
        for (const event of events) batch.apply(event);
        return [];
      },
      beforeRows: async () => {
        seal = await sealerForMany(
          this.dataKeys,
          [...batch.letters.values()].map((letter) => letter.victimId),
        );
      },
      rows: () => {
        if (!seal) throw new Error('letters are sealed as they are written: call beforeRows() first');
        return letterWrites(
          batch,
          { sentences: batch.sentences.keys(), victims: batch.victims.keys(), letters: batch.letters.keys() },
          false,
          seal,
        );
      },
    };
  }
}

/** The given rows of each table: upserts as one event at a time would leave them, or plain inserts into empty tables. */
function letterWrites(
  batch: LettersBatch,
  ids: { sentences: Iterable<string>; victims: Iterable<string>; letters: Iterable<string> },
  upsert: boolean,
  seal: Seal,
): BatchWrite[] {
  return [
    {
      table: 'letter_sentences',
      columns: [
        ['sentence_id', 'text'],
        ['region', 'text'],
      ],
      rows: [...ids.sentences].map((id) => [id, batch.sentences.get(id)]),
      onConflict: upsert ? { nothing: ['sentence_id'] } : undefined,
    },
    {
      table: 'letter_victims',
      columns: [
        ['victim_id', 'text'],
        ['region', 'text'],
        ['large_print', 'boolean'],
        ['revision', 'bigint'],
      ],
      rows: [...ids.victims].map((id) => {
        const v = batch.victims.get(id) as LetterVictimRow;
        return [v.victimId, v.region, v.largePrint, v.revision];
      }),
      onConflict: upsert ? { update: ['victim_id'] } : undefined,
    },
    {
      table: 'letters',
      columns: LETTER_COLUMNS,
      rows: [...ids.letters].map((id) => {
        const letter = batch.letters.get(id) as LetterRow;
        return LETTER_FIELDS.map((field) =>
          (SEALED_FIELDS as readonly string[]).includes(field)
            ? seal(letter.victimId, letter[field] as string | null)
            : letter[field],
        );
      }),
      onConflict: upsert ? { update: ['letter_id'] } : undefined,
    },
  ];
}

async function loadSentences(sentenceIds: string[], manager: EntityManager): Promise<Map<string, string>> {
  if (sentenceIds.length === 0) return new Map();
  const rows: { sentence_id: string; region: string }[] = await manager.query(
    'SELECT sentence_id, region FROM letter_sentences WHERE sentence_id = ANY($1::text[])',
    [sentenceIds],
  );
  return new Map(rows.map((r) => [r.sentence_id, r.region]));
}

async function loadVictims(victimIds: string[], manager: EntityManager): Promise<Map<string, LetterVictimRow>> {
  if (victimIds.length === 0) return new Map();
  const rows: { victim_id: string; region: string | null; large_print: boolean; revision: string }[] =
    await manager.query(
      'SELECT victim_id, region, large_print, revision::text AS revision FROM letter_victims WHERE victim_id = ANY($1::text[])',
      [victimIds],
    );
  return new Map(
    rows.map((r) => [
      r.victim_id,
      { victimId: r.victim_id, region: r.region, largePrint: r.large_print, revision: r.revision },
    ]),
  );
}

/** Every letter of the batch's victims (erasure and sending look them up by victim) and every letter the batch names. */
async function loadLetters(
  victimIds: string[],
  letterIds: string[],
  manager: EntityManager,
  keys: DataKeySource,
): Promise<Map<string, LetterRow>> {
  if (victimIds.length === 0 && letterIds.length === 0) return new Map();
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT letter_id, victim_id, notification_id, stage, status, region, authors, drafted_by, drafted_on::text AS drafted_on, drafted_at,
            last_edited_by, last_edited_at, submitted_by, submitted_on::text AS submitted_on, submitted_at, approved_by,
            approved_on::text AS approved_on, approved_at, returned_by, returned_on::text AS returned_on, returned_at, sent_at,
            sending_state, sending_reason, body, address_block, language, return_comments, personal_data_erased, updated_at
       FROM letters WHERE victim_id = ANY($1::text[]) OR letter_id = ANY($2::text[])`,
    [victimIds, letterIds],
  );
  const open = await openerFor(
    keys,
    rows.map((r) => r.victim_id as string),
  );
  const letters = new Map<string, LetterRow>();
  for (const r of rows) {
    const letter = Object.fromEntries(
      LETTER_FIELDS.map((field, i) => [field, r[LETTER_COLUMNS[i][0]]]),
    ) as unknown as Record<keyof LetterRow, unknown>;
    for (const field of SEALED_FIELDS) letter[field] = openLetterText(open, letter.victimId as string, letter[field]);
    letters.set(letter.letterId as string, letter as unknown as LetterRow);
  }
  return letters;
}

/**
 * A stored letter text opened (null when the victim's key is destroyed). Text written before sealing (a database not
 * yet rebuilt) is taken as it is and sealed at the letter's next write.
 */
export function openLetterText(open: Open, victimId: string, stored: unknown): string | null {
  if (stored === null || stored === undefined) return null;
  return isSealed(stored) ? open(victimId, stored) : String(stored);
}
