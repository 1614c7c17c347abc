import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Entities of the victim case area. The projections write with plain SQL (unqualified table names, so a rebuild
 * can build into a shadow schema); these entities describe the tables for readers and TypeORM.
 */

/** The victim case view's own copy of the sentence facts it needs. No personal data. */
@Entity({ name: 'victim_case_sentence' })
export class VictimCaseSentence {
  @PrimaryColumn({ name: 'sentence_id', type: 'uuid' })
  sentenceId: string;

  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'sentence_date', type: 'date' })
  sentenceDate: string;

  @Column({ name: 'probation_region', type: 'text' })
  probationRegion: string;

  @Column({ name: 'sentence_type', type: 'text' })
  sentenceType: string;

  @Column({ name: 'offence_category', type: 'text' })
  offenceCategory: string;
}

/**
 * One row per victim: what a VLO needs to run the case. The only read model that holds the victim's contact
 * details (decrypted); they are null once the victim's personal data has been erased.
 */
@Entity({ name: 'victim_case_view' })
export class VictimCaseView {
  @PrimaryColumn({ name: 'victim_id', type: 'uuid' })
  victimId: string;

  /** Revision of the victim's stream after the last event applied (use it as If-Match on commands). */
  @Column({ type: 'bigint' })
  revision: string;

  /** referred | enrolled | declined | withdrawn | rejoined */
  @Column({ type: 'text' })
  status: string;

  /** vcs-statutory | vcs-discretionary | vns; null until enrolled. Kept after a withdrawal (the scheme they left). */
  @Column({ type: 'text', nullable: true })
  scheme: string | null;

  @Column({ name: 'referred_for', type: 'text' })
  referredFor: string;

  @Column({ type: 'text' })
  circumstance: string;

  @Column({ name: 'referral_source', type: 'text' })
  referralSource: string;

  @Column({ name: 'referral_received_on', type: 'date' })
  referralReceivedOn: string;

  @Column({ name: 'referral_sentence_id', type: 'uuid' })
  referralSentenceId: string;

  @Column({ type: 'jsonb', nullable: true })
  enrolment: Record<string, unknown> | null;

  @Column({ name: 'vlo_id', type: 'text', nullable: true })
  vloId: string | null;

  @Column({ name: 'probation_region', type: 'text', nullable: true })
  probationRegion: string | null;

  @Column({ name: 'sentence_ids', type: 'uuid', array: true })
  sentenceIds: string[];

  @Column({ name: 'sentence_references', type: 'text', array: true })
  sentenceReferences: string[];

  @Column({ type: 'jsonb' })
  sentences: Record<string, unknown>[];

  @Column({ name: 'contact_preferences', type: 'jsonb', nullable: true })
  contactPreferences: Record<string, unknown> | null;

  @Column({ name: 'safety_flag', type: 'boolean' })
  safetyFlag: boolean;

  @Column({ name: 'last_safety_check', type: 'jsonb', nullable: true })
  lastSafetyCheck: Record<string, unknown> | null;

  /** Personal data: name, date of birth, addresses, phones, email. Null after erasure. */
  @Column({ name: 'contact_details', type: 'jsonb', nullable: true })
  contactDetails: Record<string, unknown> | null;

  @Column({ name: 'acting_persons', type: 'jsonb' })
  actingPersons: Record<string, unknown>[];

  @Column({ name: 'personal_data_erased', type: 'boolean' })
  personalDataErased: boolean;

  @Column({ name: 'last_contact', type: 'jsonb', nullable: true })
  lastContact: Record<string, unknown> | null;

  @Column({ name: 'last_contact_on', type: 'date', nullable: true })
  lastContactOn: string | null;

  /** Codes and dates of every contact (no words): what the timescales need to recompute the tasks. */
  @Column({ name: 'contact_facts', type: 'jsonb' })
  contactFacts: Record<string, unknown>[];

  /** Open tasks with their deadlines (due dates, not "overdue" flags: those depend on today). */
  @Column({ type: 'jsonb' })
  tasks: Record<string, unknown>[];

  @Column({ name: 'next_due_on', type: 'date', nullable: true })
  nextDueOn: string | null;

  @Column({ name: 'next_due_task', type: 'text', nullable: true })
  nextDueTask: string | null;

  @Column({ name: 'contact_count', type: 'integer' })
  contactCount: number;

  @Column({ name: 'representation_count', type: 'integer' })
  representationCount: number;

  /** The victim's requests and their answers (issue 17): `{ requestId, sentenceId, kind, madeOn, warning, answer }`. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  requests: unknown[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The timeline's own record of a sentence's reference (to name the sentence in plain words). */
@Entity({ name: 'case_timeline_sentence' })
export class CaseTimelineSentence {
  @PrimaryColumn({ name: 'sentence_id', type: 'uuid' })
  sentenceId: string;

  @Column({ type: 'text' })
  reference: string;
}

/** Which victims are linked to which sentence (for fanning sentence events out). */
@Entity({ name: 'case_timeline_sentence_victim' })
export class CaseTimelineSentenceVictim {
  @PrimaryColumn({ name: 'sentence_id', type: 'uuid' })
  sentenceId: string;

  @PrimaryColumn({ name: 'victim_id', type: 'uuid' })
  victimId: string;
}

/** Columns every timeline entry has. */
abstract class TimelineEntryColumns {
  @PrimaryColumn({ name: 'commit_position', type: 'bigint' })
  commitPosition: string;

  @PrimaryColumn({ name: 'prepare_position', type: 'bigint' })
  preparePosition: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ name: 'stream_id', type: 'text' })
  streamId: string;

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_user_id', type: 'text' })
  actorUserId: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  /** Plain words, no personal data (safe after erasure). */
  @Column({ type: 'text' })
  summary: string;
}

/** A sentence's own timeline entries, copied to each victim linked to it (also those linked later). */
@Entity({ name: 'case_timeline_sentence_entry' })
export class CaseTimelineSentenceEntry extends TimelineEntryColumns {
  @PrimaryColumn({ name: 'sentence_id', type: 'uuid' })
  sentenceId: string;
}

/** One line of a victim's timeline. */
@Entity({ name: 'case_timeline_entry' })
export class CaseTimelineEntry extends TimelineEntryColumns {
  @PrimaryColumn({ name: 'victim_id', type: 'uuid' })
  victimId: string;

  @Column({ name: 'sentence_id', type: 'uuid', nullable: true })
  sentenceId: string | null;
}
