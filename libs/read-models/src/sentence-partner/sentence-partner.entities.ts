import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The area's tables as TypeORM entities (schema comes from the migrations; see docs/read-models/sentence-partner.md).
 * Dates are civil dates (`YYYY-MM-DD`), kept as strings.
 */

@Entity({ name: 'sentence_view' })
export class SentenceViewRow {
  @PrimaryColumn({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  @Column({ type: 'text' }) reference: string;
  @Column({ name: 'offence_category', type: 'text' }) offenceCategory: string;
  @Column({ name: 'offence_caused_death', type: 'boolean' }) offenceCausedDeath: boolean;
  @Column({ name: 'sentence_type', type: 'text' }) sentenceType: string;
  @Column({ name: 'length_months', type: 'integer', nullable: true }) lengthMonths: number | null;
  @Column({ name: 'sentencing_court', type: 'text' }) sentencingCourt: string;
  @Column({ name: 'sentence_date', type: 'date' }) sentenceDate: string;
  @Column({ name: 'probation_region', type: 'text' }) probationRegion: string;
  @Column({ name: 'custody_status', type: 'text' }) custodyStatus: string;
  @Column({ name: 'in_open_conditions', type: 'boolean' }) inOpenConditions: boolean;
  @Column({ name: 'ended_by', type: 'text', nullable: true }) endedBy: string | null;
  @Column({ name: 'ended_on', type: 'date', nullable: true }) endedOn: string | null;
  @Column({ name: 'milestone_count', type: 'integer' }) milestoneCount: number;
  @Column({ name: 'last_milestone_kind', type: 'text', nullable: true }) lastMilestoneKind: string | null;
  @Column({ name: 'last_milestone_on', type: 'date', nullable: true }) lastMilestoneOn: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  /** The sentence stream's latest revision (every event on it, meetings included): If-Match for sentence commands. */
  @Column({ type: 'bigint' }) revision: string;
}

@Entity({ name: 'sentence_view_milestones' })
export class SentenceViewMilestoneRow {
  @PrimaryColumn({ name: 'milestone_id', type: 'uuid' }) milestoneId: string;
  @Column({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'occurred_on', type: 'date' }) occurredOn: string;
  @Column({ type: 'jsonb' }) detail: Record<string, unknown>;
  @Column({ name: 'stream_revision', type: 'bigint' }) streamRevision: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

@Entity({ name: 'sentence_view_expected' })
export class SentenceViewExpectedRow {
  @PrimaryColumn({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  @PrimaryColumn({ type: 'text' }) kind: string;
  @Column({ name: 'expected_on', type: 'date', nullable: true }) expectedOn: string | null;
  @Column({ type: 'jsonb' }) detail: Record<string, unknown>;
  @Column({ name: 'set_by_milestone_id', type: 'uuid' }) setByMilestoneId: string;
  @Column({ name: 'set_on', type: 'date' }) setOn: string;
}

@Entity({ name: 'sentence_view_victims' })
export class SentenceViewVictimRow {
  @PrimaryColumn({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  @PrimaryColumn({ name: 'victim_id', type: 'uuid' }) victimId: string;
  @Column({ name: 'victim_reference', type: 'text' }) victimReference: string;
  @Column({ name: 'linked_on', type: 'date' }) linkedOn: string;
  @Column({ name: 'linked_via', type: 'text' }) linkedVia: string;
}

@Entity({ name: 'sentence_view_victim_status' })
export class SentenceViewVictimStatusRow {
  @PrimaryColumn({ name: 'victim_id', type: 'uuid' }) victimId: string;
  @Column({ name: 'referred_for', type: 'text', nullable: true }) referredFor: string | null;
  @Column({ type: 'text', nullable: true }) scheme: string | null;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'status_on', type: 'date' }) statusOn: string;
}

@Entity({ name: 'partner_representations' })
export class PartnerRepresentationRow {
  @PrimaryColumn({ name: 'representation_id', type: 'uuid' }) representationId: string;
  @Column({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  /** For the access audit and erasure only: never part of an answer. */
  @Column({ name: 'victim_id', type: 'uuid' }) victimId: string;
  @Column({ name: 'victim_reference', type: 'text' }) victimReference: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'requested_conditions', type: 'jsonb' }) requestedConditions: unknown[];
  @Column({ name: 'statement_text', type: 'text', nullable: true }) statementText: string | null;
  @Column({ name: 'vps_presentation', type: 'text', nullable: true }) vpsPresentation: string | null;
  @Column({ name: 'sent_to', type: 'text', array: true }) sentTo: string[];
  @Column({ name: 'submitted_on', type: 'date' }) submittedOn: string;
  @Column({ name: 'personal_data_erased', type: 'boolean' }) personalDataErased: boolean;
  @Column({ name: 'stream_revision', type: 'bigint' }) streamRevision: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

@Entity({ name: 'partner_disclosures' })
export class PartnerDisclosureRow {
  @PrimaryColumn({ name: 'representation_id', type: 'uuid' }) representationId: string;
  @PrimaryColumn({ type: 'text' }) recipient: string;
  @Column({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  /** For the access audit and erasure only: never part of a partner's answer. */
  @Column({ name: 'victim_id', type: 'uuid' }) victimId: string;
  @Column({ name: 'statement_text', type: 'text', nullable: true }) statementText: string | null;
  @Column({ name: 'condition_descriptions', type: 'jsonb' }) conditionDescriptions: Record<string, string>;
  @Column({ name: 'approved_by', type: 'text' }) approvedBy: string;
  @Column({ name: 'disclosed_on', type: 'date' }) disclosedOn: string;
  @Column({ type: 'text', array: true }) flagged: string[];
  @Column({ name: 'personal_data_erased', type: 'boolean' }) personalDataErased: boolean;
  @Column({ name: 'stream_revision', type: 'bigint' }) streamRevision: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

@Entity({ name: 'inter_agency_meetings' })
export class InterAgencyMeetingRow {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @Column({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'mappa_category', type: 'smallint', nullable: true }) mappaCategory: number | null;
  @Column({ name: 'mappa_level', type: 'smallint', nullable: true }) mappaLevel: number | null;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ name: 'agencies_present', type: 'text', array: true }) agenciesPresent: string[];
  @Column({ name: 'stream_revision', type: 'bigint' }) streamRevision: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

@Entity({ name: 'inter_agency_meeting_victims' })
export class InterAgencyMeetingVictimRow {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  /** For VLO answers and the access audit; partners get only the reference. */
  @PrimaryColumn({ name: 'victim_id', type: 'uuid' }) victimId: string;
  @Column({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  @Column({ name: 'victim_reference', type: 'text' }) victimReference: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ name: 'views_presented', type: 'boolean' }) viewsPresented: boolean;
  @Column({ type: 'text' }) outcome: string;
  @Column({ type: 'jsonb' }) actions: unknown[];
}

@Entity({ name: 'inter_agency_meeting_notes' })
export class InterAgencyMeetingNotesRow {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @PrimaryColumn({ name: 'victim_id', type: 'uuid' }) victimId: string;
  @Column({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  @Column({ name: 'views_presented', type: 'text', nullable: true }) viewsPresented: string | null;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'action_descriptions', type: 'jsonb' }) actionDescriptions: Record<string, string>;
  @Column({ type: 'boolean' }) erased: boolean;
}

export const SENTENCE_PARTNER_ENTITIES = [
  SentenceViewRow,
  SentenceViewMilestoneRow,
  SentenceViewExpectedRow,
  SentenceViewVictimRow,
  SentenceViewVictimStatusRow,
  PartnerRepresentationRow,
  PartnerDisclosureRow,
  InterAgencyMeetingRow,
  InterAgencyMeetingVictimRow,
  InterAgencyMeetingNotesRow,
];
