import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One letter and where it is in the workflow. `body`, `addressBlock`, `language`, `returnComments` are personal data. */
@Entity({ name: 'letters' })
export class LetterRow {
  @PrimaryColumn({ name: 'letter_id', type: 'text' }) letterId: string;
  @Column({ name: 'victim_id', type: 'text' }) victimId: string;
  @Column({ name: 'notification_id', type: 'text', nullable: true }) notificationId: string | null;
  @Column({ type: 'text' }) stage: string;
  /** draft, submitted, returned, approved, sent (the domain's LetterStatus). */
  @Column({ type: 'text' }) status: string;
  /** Probation region of the victim's referral sentence (the managers' review queue). */
  @Column({ type: 'text', nullable: true }) region: string | null;
  /** Everyone who drafted or edited it: none of them may approve it (four eyes). */
  @Column({ type: 'text', array: true }) authors: string[];
  @Column({ name: 'drafted_by', type: 'text' }) draftedBy: string;
  @Column({ name: 'drafted_on', type: 'date' }) draftedOn: string;
  @Column({ name: 'drafted_at', type: 'timestamptz' }) draftedAt: Date;
  @Column({ name: 'last_edited_by', type: 'text', nullable: true }) lastEditedBy: string | null;
  @Column({ name: 'last_edited_at', type: 'timestamptz', nullable: true }) lastEditedAt: Date | null;
  @Column({ name: 'submitted_by', type: 'text', nullable: true }) submittedBy: string | null;
  @Column({ name: 'submitted_on', type: 'date', nullable: true }) submittedOn: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'approved_by', type: 'text', nullable: true }) approvedBy: string | null;
  @Column({ name: 'approved_on', type: 'date', nullable: true }) approvedOn: string | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ name: 'returned_by', type: 'text', nullable: true }) returnedBy: string | null;
  @Column({ name: 'returned_on', type: 'date', nullable: true }) returnedOn: string | null;
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true }) returnedAt: Date | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  /** Where sending an approved letter has got to (queued, sent, not-sent); null before approval (LetterSendingState). */
  @Column({ name: 'sending_state', type: 'text', nullable: true }) sendingState: string | null;
  /** Why it was not sent: the rule, the cancellation's reason or the channel's error code. */
  @Column({ name: 'sending_reason', type: 'text', nullable: true }) sendingReason: string | null;
  @Column({ type: 'text', nullable: true }) body: string | null;
  @Column({ name: 'address_block', type: 'text', nullable: true }) addressBlock: string | null;
  @Column({ type: 'text', nullable: true }) language: string | null;
  @Column({ name: 'return_comments', type: 'text', nullable: true }) returnComments: string | null;
  @Column({ name: 'personal_data_erased', type: 'boolean' }) personalDataErased: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Per victim: the region of their referral sentence, whether they asked for large print, their stream's revision. */
@Entity({ name: 'letter_victims' })
export class LetterVictimRow {
  @PrimaryColumn({ name: 'victim_id', type: 'text' }) victimId: string;
  @Column({ type: 'text', nullable: true }) region: string | null;
  @Column({ name: 'large_print', type: 'boolean' }) largePrint: boolean;
  /** The victim stream's latest revision: the ETag a letter's answer carries, for If-Match on the next command. */
  @Column({ type: 'bigint' }) revision: string;
}

/** Per sentence: its probation region. */
@Entity({ name: 'letter_sentences' })
export class LetterSentenceRow {
  @PrimaryColumn({ name: 'sentence_id', type: 'text' }) sentenceId: string;
  @Column({ type: 'text' }) region: string;
}
