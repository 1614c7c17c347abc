import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One task on the caseload: something a victim liaison officer (or, for region-level tasks, the region's victim
 * liaison unit) must do by a date. Ids, codes, dates and fixed wording only: no personal data.
 */
@Entity({ name: 'caseload_tasks' })
export class CaseloadTask {
  /** Deterministic: `<kind>:<victim or sentence id>[:<contact id>]`, so a rebuild gives the same ids. */
  @PrimaryColumn({ name: 'task_id', type: 'text' })
  taskId: string;

  /** initial-contact, vns-contact, follow-up, safety-check, missed-referral; open-ended (text, not an enum). */
  @Column({ type: 'text' })
  kind: string;

  /** The victim the task is about; null for region-level tasks (missed referral). */
  @Column({ name: 'victim_id', type: 'text', nullable: true })
  victimId: string | null;

  @Column({ name: 'sentence_id', type: 'text' })
  sentenceId: string;

  /** The contact that set a follow-up date. */
  @Column({ name: 'contact_id', type: 'text', nullable: true })
  contactId: string | null;

  /** The assigned victim liaison officer; null while nobody is assigned (before enrolment, region-level tasks). */
  @Column({ name: 'vlo_id', type: 'text', nullable: true })
  vloId: string | null;

  /** Probation region of the sentence (the region whose victim liaison unit holds the case). */
  @Column({ type: 'text', nullable: true })
  region: string | null;

  /** The unit holding the case (moves with a transfer); a region-level task's region. The caseload's unit filter. */
  @Column({ type: 'text', nullable: true })
  unit: string | null;

  /** Civil date (YYYY-MM-DD) the task is due; null when it could not be computed (see dueDateProblem). */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /** Why there is no due date: outside-working-day-calendar, invalid-date, sentence-not-known. */
  @Column({ name: 'due_date_problem', type: 'text', nullable: true })
  dueDateProblem: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  /** Last time a closed task opened again (a victim who withdrew and rejoined). */
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt: Date | null;

  /** When the task was done or closed; null while open. */
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** contact-recorded, victim-declined, victim-withdrew, referral-received, victim-linked, safety-flag-removed, … */
  @Column({ name: 'closed_because', type: 'text', nullable: true })
  closedBecause: string | null;

  /** Plain words, fixed per kind: no personal data. */
  @Column({ type: 'text' })
  description: string;

  /** The timescale rule behind the due date and its source. */
  @Column({ type: 'text' })
  rule: string;
}

/** What the task rules need to know about one victim; also the open-case count (`OPEN_CASE` in the summary query). */
@Entity({ name: 'caseload_victims' })
export class CaseloadVictim {
  @PrimaryColumn({ name: 'victim_id', type: 'text' })
  victimId: string;

  /** The sentence the victim was referred for. */
  @Column({ name: 'sentence_id', type: 'text' })
  sentenceId: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'sentence_date', type: 'date', nullable: true })
  sentenceDate: string | null;

  @Column({ name: 'referred_for', type: 'text' })
  referredFor: string;

  @Column({ name: 'referral_received_on', type: 'date' })
  referralReceivedOn: string;

  /** referred, enrolled, declined, withdrawn (the domain's Participation). */
  @Column({ type: 'text' })
  participation: string;

  @Column({ name: 'vlo_id', type: 'text', nullable: true })
  vloId: string | null;

  @Column({ name: 'safety_check_before_letters', type: 'boolean' })
  safetyCheckBeforeLetters: boolean;

  @Column({ name: 'letters_chosen', type: 'boolean' })
  lettersChosen: boolean;

  /** The domain's ContactSummary per contact: ids, codes and dates only (summaries and outcomes are never read). */
  @Column({ type: 'jsonb' })
  contacts: unknown[];

  /** The day the contact preferences last changed: a safety check counts on or after it. */
  @Column({ name: 'preferences_updated_on', type: 'date', nullable: true })
  preferencesUpdatedOn: string | null;

  /** Channel → day of the latest SafetyCheckConfirmed. */
  @Column({ name: 'safety_checks', type: 'jsonb' })
  safetyChecks: Record<string, string>;

  /** Notification id → stage, channel, due day, status, letter, failure / delivery days (no personal data). */
  @Column({ type: 'jsonb' })
  notifications: Record<string, unknown>;

  /** Letter id → approved or not (the words are never read). */
  @Column({ type: 'jsonb' })
  letters: Record<string, unknown>;

  @Column({ name: 'personal_data_erased', type: 'boolean' })
  personalDataErased: boolean;

  /** Re-offers before release (issue 17), by id: sentence, due day, release window, the day raised. */
  @Column({ type: 'jsonb' })
  reoffers: Record<string, unknown>;

  /** The unit holding the case: the referral's unit (else its sentence's region), moved by a transfer. */
  @Column({ type: 'text' })
  unit: string;

  /** A child victim's month of turning 18 (never the date of birth) and the day contact was handed to them. */
  @Column({ name: 'coming_of_age', type: 'jsonb', nullable: true })
  comingOfAge: Record<string, unknown> | null;

  /** The case closed (VictimCaseClosed) and was not reopened since: not an open case (migration `1765530000000`). */
  @Column({ name: 'case_closed', type: 'boolean', default: false })
  caseClosed: boolean;
}

/** The facts of a sentence the caseload needs: its region, its date, whether any victim has been referred, its recorded facts. */
@Entity({ name: 'caseload_sentences' })
export class CaseloadSentence {
  @PrimaryColumn({ name: 'sentence_id', type: 'text' })
  sentenceId: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'sentence_date', type: 'date', nullable: true })
  sentenceDate: string | null;

  @Column({ type: 'integer' })
  referrals: number;

  /** The recorded facts (codes, dates, numbers: `sentenceFactsFrom`), for the missed referral an activation raises. */
  @Column({ type: 'jsonb', nullable: true })
  facts: Record<string, unknown> | null;
}
