import { Inject, Injectable } from '@nestjs/common';
import { victimNotFound } from '../../queries/shared/victim-in-scope';
import { sentenceStreamId, victimStreamId } from '@vcs/domain';
import { EVENT_STORE, EventStore, formatPosition, readWholeStream, RecordedEvent } from '@vcs/event-store';
import {
  AccessAudit,
  AccessAuditEntry,
  isErasedPersonalData,
  isSealed,
  openerFor,
  VictimDataKeyStore,
} from '@vcs/security';
import { DataSource } from 'typeorm';
import { Clock } from '../../commands/clock';

type Json = Record<string, unknown>;

/** One event as the export shows it: what happened, when, who recorded it, and its data (personal part decrypted). */
export interface ExportedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: string;
  readonly position: string;
  readonly occurredAt: string;
  readonly recordedBy: { readonly userId: string; readonly role: string } | null;
  readonly data: unknown;
}

/** The parts of one sentence's record that are about the victim (never other victims' data). */
export interface ExportedSentence {
  readonly sentenceId: string;
  readonly reference: string | null;
  readonly events: readonly ExportedEvent[];
}

/** Everything held about one victim (UK GDPR Art. 15), as one document. */
export interface SubjectAccessExport {
  readonly kind: 'subject-access-export';
  readonly victimId: string;
  readonly exportedAt: string;
  readonly exportedBy: { readonly userId: string; readonly role: string };
  /** True once the victim's personal data has been erased (their key destroyed): the export then holds none. */
  readonly erased: boolean;
  readonly erasure: { readonly destroyedAt: string; readonly destroyedBy: string; readonly reason: string } | null;
  readonly notes: readonly string[];
  /** The victim's own stream, every event, personal data decrypted (or `{ erased: true }`). */
  readonly victimEvents: readonly ExportedEvent[];
  /** From each linked sentence: the sentence's reference and date, milestones that protect the victim, and the meetings that considered them. */
  readonly sentences: readonly ExportedSentence[];
  /** Every read-model row about the victim, by table. */
  readonly readModels: Readonly<Record<string, readonly Json[]>>;
  /** Every access-audit entry naming the victim (who read or changed their record, when and why). */
  readonly accessAudit: readonly AccessAuditEntry[];
}

// Tables with a victim_id that are not read models: the key store is reported as `erasure` (never key material),
// the audit trail as `accessAudit`.
const NOT_READ_MODELS = new Set(['victim_data_keys', 'access_audit']);
const ROWS_PER_TABLE = 10_000;

/**
 * Gathers a subject access export: the decrypted history about the victim, every read-model row naming them (found by
 * a `victim_id` column, so tables added later, e.g. letters and the notification outbox, are included without change
 * here), and the access audit. Reads only; the route that calls it is ADMIN-only and audited.
 */
@Injectable()
export class SubjectAccessExporter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly audit: AccessAudit,
    private readonly clock: Clock,
    private readonly keys: VictimDataKeyStore,
  ) {}

  async export(victimId: string, exportedBy: { userId: string; role: string }): Promise<SubjectAccessExport> {
    const history = await readWholeStream(this.store, victimStreamId(victimId));
    if (history.length === 0) throw victimNotFound(victimId);
    const erasure = await this.erasureOf(victimId);
    const erased = erasure !== null || history.some((event) => event.type === 'VictimPersonalDataErased');
    const sentences = await this.sentenceParts(victimId, history);
    return {
      kind: 'subject-access-export',
      victimId,
      exportedAt: this.clock.now().toISOString(),
      exportedBy,
      erased,
      erasure,
      notes: [
        ...(erased
          ? [
              "The victim's personal data has been erased: their data key was destroyed, so every personal part reads { erased: true } and no read model holds it.",
            ]
          : []),
        'Sentence records are limited to the parts about this victim: the sentence reference and date, milestones whose conditions protect them, and what inter-agency meetings recorded about them. Other people’s data is left out (UK GDPR Art. 15(4)).',
      ],
      victimEvents: history.map((event) => exported(event)),
      sentences,
      readModels: await this.readModelRows(victimId),
      accessAudit: await this.auditEntries(victimId),
    };
  }

  private async erasureOf(victimId: string): Promise<SubjectAccessExport['erasure']> {
    const rows: { destroyed_at: Date | null; destroyed_by: string | null; destruction_reason: string | null }[] =
      await this.dataSource.query(
        'SELECT destroyed_at, destroyed_by, destruction_reason FROM victim_data_keys WHERE victim_id = $1::uuid',
        [victimId],
      );
    const row = rows[0];
    if (!row?.destroyed_at) return null;
    return {
      destroyedAt: row.destroyed_at.toISOString(),
      destroyedBy: row.destroyed_by ?? 'unknown',
      reason: row.destruction_reason ?? '',
    };
  }

  /** The linked sentences' events, cut down to what is about this victim. */
  private async sentenceParts(victimId: string, history: RecordedEvent[]): Promise<ExportedSentence[]> {
    const sentenceIds = [
      ...new Set(
        history
          .filter((event) => event.type === 'ReferralReceived' || event.type === 'VictimLinkedToSentence')
          .map((event) => String((event.data as Json).sentenceId).toLowerCase()),
      ),
    ];
    const id = victimId.toLowerCase();
    const result: ExportedSentence[] = [];
    for (const sentenceId of sentenceIds) {
      const events = await readWholeStream(this.store, sentenceStreamId(sentenceId));
      let reference: string | null = null;
      const parts: ExportedEvent[] = [];
      for (const event of events) {
        const data = (event.data ?? {}) as Json;
        if (event.type === 'SentenceRecorded') {
          reference = typeof data.reference === 'string' ? data.reference : null;
          parts.push(
            exported(event, {
              sentenceId: data.sentenceId,
              reference: data.reference,
              sentenceDate: data.sentenceDate,
            }),
          );
        } else if (event.type === 'SentenceMilestoneReached') {
          const detail = (data.detail ?? {}) as Json;
          const protects = Array.isArray(detail.protectsVictimIds)
            ? detail.protectsVictimIds.map((v) => String(v).toLowerCase())
            : [];
          if (protects.includes(id))
            parts.push(
              exported(event, {
                milestoneId: data.milestoneId,
                kind: data.kind,
                date: data.date,
                detail: { ...detail, protectsVictimIds: [victimId] },
              }),
            );
        } else if (event.type === 'InterAgencyMeetingHeld') {
          const considered = (Array.isArray(data.victimsConsidered) ? data.victimsConsidered : []) as Json[];
          const mine = considered.find((entry) => String(entry.victimId).toLowerCase() === id);
          if (!mine) continue;
          const actions = ((Array.isArray(data.actions) ? data.actions : []) as Json[]).filter(
            (action) => String(action.forVictimId).toLowerCase() === id,
          );
          const personal = Object.entries((data.personal ?? {}) as Json).find(([key]) => key.toLowerCase() === id)?.[1];
          parts.push(
            exported(event, {
              meetingId: data.meetingId,
              kind: data.kind,
              heldOn: data.heldOn,
              agenciesPresent: data.agenciesPresent,
              victimConsidered: mine,
              actions,
              notesAboutVictim:
                personal === undefined ? null : isErasedPersonalData(personal) ? { erased: true } : personal,
            }),
          );
        }
      }
      result.push({ sentenceId, reference, events: parts });
    }
    return result;
  }

  /** Every row of every table in the read-side schema with a `victim_id` column naming the victim. */
  private async readModelRows(victimId: string): Promise<Record<string, Json[]>> {
    const tables: { table_name: string }[] = await this.dataSource.query(
      `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = current_schema() AND c.column_name = 'victim_id' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name`,
    );
    const rows: Record<string, Json[]> = {};
    // Personal data in read models is sealed under the victim's key: the export shows it opened (null once erased).
    const open = await openerFor(this.keys, [victimId]);
    const opened = (value: unknown): unknown =>
      isSealed(value)
        ? structured(open(victimId, value))
        : Array.isArray(value)
          ? value.map(opened)
          : value !== null && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, opened(entry)]))
            : value;
    for (const { table_name: table } of tables) {
      if (NOT_READ_MODELS.has(table) || !/^[a-z_][a-z0-9_]*$/.test(table)) continue;
      const found: { row: Json }[] = await this.dataSource.query(
        `SELECT row_to_json(t) AS row FROM "${table}" t WHERE t.victim_id::text = $1 LIMIT ${ROWS_PER_TABLE}`,
        [victimId.toLowerCase()],
      );
      if (found.length > 0) rows[table] = found.map((r) => opened(r.row) as Json);
    }
    return rows;
  }

  private async auditEntries(victimId: string): Promise<AccessAuditEntry[]> {
    const entries: AccessAuditEntry[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await this.audit.search({ victimId, limit: 500, offset });
      entries.push(...page.entries);
      if (page.entries.length < 500) return entries;
    }
  }
}

function exported(event: RecordedEvent, data: unknown = event.data): ExportedEvent {
  const actor = event.metadata?.actor;
  return {
    eventId: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision.toString(),
    position: formatPosition(event.position),
    occurredAt:
      typeof event.metadata?.occurredAt === 'string' ? event.metadata.occurredAt : event.recordedAt.toISOString(),
    recordedBy: actor ? { userId: String(actor.userId), role: String(actor.role) } : null,
    data,
  };
}

/** A sealed part of a row that was a JSON object or list (the case view's contact details) is shown as one again. */
function structured(text: string | null): unknown {
  if (text === null || !/^[[{]/.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
