// The per-event projection as it stood before batching (commit 4dbe351), kept unchanged as the oracle that
// batch-equivalence.int.spec.ts compares the batched projection with. Not used by the application.
import {
  ReferralReceived,
  SentenceMilestoneReached,
  SentenceRecorded,
  SentenceType,
  VictimDeclined,
  VictimEnrolled,
  VictimLinkedToSentence,
  VictimRejoined,
  VictimWithdrew,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { pseudonymousVictimReference } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { Projection } from '../../projection';
import { ProjectionDependencies } from '../../read-model-area';
import { expectationChange } from '../../sentence-partner/expected-milestones';
import { initialStatus, SentenceStatus, statusAfter } from '../../sentence-partner/sentence-status';

type Data<E extends { data: unknown }> = E['data'];

/**
 * The sentence view (VLOs and managers only): the sentence, its milestones, what is expected next, and the victims
 * linked to it with their scheme and status. It reads both sentence streams and victim streams, and never stores a
 * victim's personal data (their `data.personal` is ignored): victims appear by id and pseudonymous reference only.
 */
export class SentenceViewProjection implements Projection {
  static readonly NAME = 'sentence-view';
  readonly name = SentenceViewProjection.NAME;
  readonly handles = [
    'SentenceRecorded',
    'SentenceMilestoneReached',
    'ReferralReceived',
    'VictimLinkedToSentence',
    'VictimEnrolled',
    'VictimDeclined',
    'VictimWithdrew',
    'VictimRejoined',
  ] as const;
  readonly tables = ['sentence_view', 'sentence_view_milestones', 'sentence_view_expected', 'sentence_view_victims', 'sentence_view_victim_status'];

  constructor(private readonly deps: ProjectionDependencies) {}

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    switch (event.type) {
      case 'SentenceRecorded':
        return this.sentenceRecorded(event.data as Data<SentenceRecorded>, event, manager);
      case 'SentenceMilestoneReached':
        return this.milestoneReached(event.data as Data<SentenceMilestoneReached>, event, manager);
      case 'ReferralReceived': {
        const data = event.data as Data<ReferralReceived>;
        await this.link(manager, data.sentenceId, data.victimId, data.receivedOn, 'referral');
        await this.setStatus(manager, data.victimId, { referredFor: data.referredFor, status: 'referred', on: data.receivedOn });
        return;
      }
      case 'VictimLinkedToSentence': {
        const data = event.data as Data<VictimLinkedToSentence>;
        await this.link(manager, data.sentenceId, data.victimId, data.linkedOn, 'linked');
        return;
      }
      case 'VictimEnrolled': {
        const data = event.data as Data<VictimEnrolled>;
        await this.link(manager, data.sentenceId, data.victimId, data.enrolledOn, 'enrolment');
        await this.setStatus(manager, data.victimId, { scheme: data.scheme, status: 'enrolled', on: data.enrolledOn });
        return;
      }
      case 'VictimRejoined': {
        const data = event.data as Data<VictimRejoined>;
        await this.setStatus(manager, data.victimId, { scheme: data.scheme, status: 'enrolled', on: data.rejoinedOn });
        return;
      }
      case 'VictimDeclined': {
        const data = event.data as Data<VictimDeclined>;
        await this.setStatus(manager, data.victimId, { status: 'declined', on: data.declinedOn });
        return;
      }
      case 'VictimWithdrew': {
        const data = event.data as Data<VictimWithdrew>;
        await this.setStatus(manager, data.victimId, { status: 'withdrawn', on: data.withdrewOn });
        return;
      }
    }
  }

  private async sentenceRecorded(data: Data<SentenceRecorded>, event: RecordedEvent, manager: EntityManager): Promise<void> {
    const status = initialStatus(data.sentenceType);
    await manager.query(
      `INSERT INTO sentence_view (sentence_id, reference, offence_category, offence_caused_death, sentence_type, length_months, sentencing_court,
         sentence_date, probation_region, custody_status, in_open_conditions, ended_by, ended_on, milestone_count, recorded_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, false, NULL, NULL, 0, $11, $11)
       ON CONFLICT (sentence_id) DO NOTHING`,
      [
        data.sentenceId,
        data.reference,
        data.offenceCategory,
        data.offenceCausedDeath,
        data.sentenceType,
        data.lengthMonths ?? null,
        data.sentencingCourt,
        data.sentenceDate,
        data.probationRegion,
        status.custodyStatus,
        event.recordedAt,
      ],
    );
  }

  private async milestoneReached(data: Data<SentenceMilestoneReached>, event: RecordedEvent, manager: EntityManager): Promise<void> {
    const rows: { sentence_type: SentenceType; custody_status: SentenceStatus['custodyStatus']; in_open_conditions: boolean; ended_by: SentenceStatus['endedBy'] }[] =
      await manager.query('SELECT sentence_type, custody_status, in_open_conditions, ended_by FROM sentence_view WHERE sentence_id = $1 FOR UPDATE', [data.sentenceId]);
    if (rows.length === 0) return; // the sentence stream always starts with SentenceRecorded; nothing to attach to otherwise
    const [row] = rows;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO sentence_view_milestones (milestone_id, sentence_id, kind, occurred_on, detail, stream_revision, recorded_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (milestone_id) DO NOTHING RETURNING milestone_id`,
      [data.milestoneId, data.sentenceId, data.kind, data.date, JSON.stringify(data.detail ?? {}), event.revision.toString(), event.recordedAt],
    );
    if (inserted.length === 0) return; // already applied
    const status = statusAfter({ custodyStatus: row.custody_status, inOpenConditions: row.in_open_conditions, endedBy: row.ended_by }, row.sentence_type, data);
    await manager.query(
      `UPDATE sentence_view SET custody_status = $2, in_open_conditions = $3, ended_by = $4,
         ended_on = CASE WHEN $4::text IS NOT NULL AND ended_by IS NULL THEN $5::date ELSE ended_on END,
         milestone_count = milestone_count + 1, last_milestone_kind = $6, last_milestone_on = $5, updated_at = $7
       WHERE sentence_id = $1`,
      [data.sentenceId, status.custodyStatus, status.inOpenConditions, status.endedBy, data.date, data.kind, event.recordedAt],
    );
    const change = expectationChange(data);
    if (change.clear === 'all') {
      await manager.query('DELETE FROM sentence_view_expected WHERE sentence_id = $1', [data.sentenceId]);
    } else if (change.clear.length > 0) {
      await manager.query('DELETE FROM sentence_view_expected WHERE sentence_id = $1 AND kind = ANY($2::text[])', [data.sentenceId, change.clear]);
    }
    for (const expected of change.set) {
      await manager.query(
        `INSERT INTO sentence_view_expected (sentence_id, kind, expected_on, detail, set_by_milestone_id, set_on)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6)
         ON CONFLICT (sentence_id, kind) DO UPDATE SET expected_on = EXCLUDED.expected_on, detail = EXCLUDED.detail,
           set_by_milestone_id = EXCLUDED.set_by_milestone_id, set_on = EXCLUDED.set_on`,
        [data.sentenceId, expected.kind, expected.date, JSON.stringify(expected.detail), data.milestoneId, data.date],
      );
    }
  }

  private async link(manager: EntityManager, sentenceId: string, victimId: string, on: string, via: 'referral' | 'linked' | 'enrolment'): Promise<void> {
    await manager.query(
      `INSERT INTO sentence_view_victims (sentence_id, victim_id, victim_reference, linked_on, linked_via)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sentence_id, victim_id) DO NOTHING`,
      [sentenceId, victimId, pseudonymousVictimReference(victimId, this.deps.pseudonymKey), on, via],
    );
  }

  /** The victim's scheme and status hold across every sentence they are linked to (the victim stream has one of each). */
  private async setStatus(
    manager: EntityManager,
    victimId: string,
    change: { referredFor?: string; scheme?: string; status: 'referred' | 'enrolled' | 'declined' | 'withdrawn'; on: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO sentence_view_victim_status AS s (victim_id, referred_for, scheme, status, status_on)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (victim_id) DO UPDATE SET
         referred_for = COALESCE(EXCLUDED.referred_for, s.referred_for),
         scheme = COALESCE(EXCLUDED.scheme, s.scheme),
         status = EXCLUDED.status,
         status_on = EXCLUDED.status_on`,
      [victimId, change.referredFor ?? null, change.scheme ?? null, change.status, change.on],
    );
  }
}
