import { RecordedEvent } from '@vcs/event-store';
import { isErasedPersonalData } from '@vcs/security';
import { ErasedPersonalData, recordedDomainEventOf } from '../recorded-domain-event';

/** One row of `letters`. */
export interface LetterRow {
  letterId: string;
  victimId: string;
  notificationId: string | null;
  stage: string;
  status: string;
  region: string | null;
  authors: string[];
  draftedBy: string;
  draftedOn: string;
  draftedAt: Date;
  lastEditedBy: string | null;
  lastEditedAt: Date | null;
  submittedBy: string | null;
  submittedOn: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedOn: string | null;
  approvedAt: Date | null;
  returnedBy: string | null;
  returnedOn: string | null;
  returnedAt: Date | null;
  sentAt: Date | null;
  sendingState: LetterSendingState | null;
  sendingReason: string | null;
  body: string | null;
  addressBlock: string | null;
  language: string | null;
  returnComments: string | null;
  personalDataErased: boolean;
  updatedAt: Date;
}

/**
 * Where sending an approved letter has got to: its notification is queued (waiting for its time, a safety check or a
 * retry), it was sent, or it was not and will not be (refused at approval, cancelled, or failed for good: the reason
 * says why). Null while the letter is not approved, and for a letter drafted on its own approved before the service
 * sent such letters (it was printed and posted by hand).
 */
export type LetterSendingState = 'queued' | 'sent' | 'not-sent';

/** One row of `letter_victims`. */
export interface LetterVictimRow {
  victimId: string;
  region: string | null;
  largePrint: boolean;
  revision: string;
}

/** An event's personal part as the letters read it: none once erased (or when the event has none). */
function personalOf<P extends object>(personal: P | ErasedPersonalData | undefined): Partial<P> | undefined {
  return personal === undefined || isErasedPersonalData(personal) ? undefined : personal;
}

/**
 * The letters rows a batch touches, changed in memory as the per-event statements change the tables: a sentence's
 * region (first wins), a victim's row (created by the referral, revision of every event on the stream, large print
 * from the preferences), and each letter through its workflow. Holds every letter of the batch's victims and every
 * letter the batch names, so each statement's WHERE clause sees all its rows.
 */
export class LettersBatch {
  readonly changedSentences = new Set<string>();
  readonly changedVictims = new Set<string>();
  readonly changedLetters = new Set<string>();
  /** Letter ids by victim, in the order of `letters` (a rebuild holds every letter: no scan per event). */
  private readonly byVictim = new Map<string, string[]>();

  constructor(
    readonly sentences: Map<string, string>,
    readonly victims: Map<string, LetterVictimRow>,
    readonly letters: Map<string, LetterRow>,
  ) {
    for (const letter of letters.values()) this.indexByVictim(letter);
  }

  apply(event: RecordedEvent): void {
    // Every event reaches the letters (they follow the victim's stream revision); those below are the domain's.
    const recorded = recordedDomainEventOf(event);
    if (recorded.type === 'SentenceRecorded') {
      const { sentenceId, probationRegion } = recorded.data;
      if (!this.sentences.has(sentenceId)) {
        this.sentences.set(sentenceId, probationRegion);
        this.changedSentences.add(sentenceId);
      }
      return;
    }
    if (!event.streamId.startsWith('victim-')) return;
    const victimId = letterVictimId(event);
    const at = eventTime(event);
    const revision = event.revision.toString();

    if (recorded.type === 'ReferralReceived' && !this.victims.has(victimId)) {
      const { sentenceId } = recorded.data;
      this.victims.set(victimId, {
        victimId,
        region: this.sentences.get(sentenceId) ?? null,
        largePrint: false,
        revision,
      });
    }
    this.updateVictim(victimId, { revision });

    const erased = 'personal' in recorded.data && isErasedPersonalData(recorded.data.personal);
    switch (recorded.type) {
      case 'ContactPreferencesUpdated': {
        const personal = personalOf(recorded.data.personal);
        this.updateVictim(victimId, {
          largePrint: Array.isArray(personal?.accessibleFormats) && personal.accessibleFormats.includes('large-print'),
        });
        return;
      }
      case 'LetterDrafted': {
        const { letterId, notificationId, stage, draftedBy, draftedOn } = recorded.data;
        if (this.letters.has(letterId)) return;
        const personal = personalOf(recorded.data.personal);
        this.letters.set(letterId, {
          letterId,
          victimId,
          notificationId: notificationId ?? null,
          stage,
          status: 'draft',
          region: this.victims.get(victimId)?.region ?? null,
          authors: [draftedBy],
          draftedBy,
          draftedOn,
          draftedAt: at,
          lastEditedBy: null,
          lastEditedAt: null,
          submittedBy: null,
          submittedOn: null,
          submittedAt: null,
          approvedBy: null,
          approvedOn: null,
          approvedAt: null,
          returnedBy: null,
          returnedOn: null,
          returnedAt: null,
          sentAt: null,
          sendingState: null,
          sendingReason: null,
          body: personal?.body ?? null,
          addressBlock: personal?.addressBlock ?? null,
          language: personal?.language ?? null,
          returnComments: null,
          personalDataErased: erased,
          updatedAt: at,
        });
        this.indexByVictim(this.letters.get(letterId) as LetterRow);
        this.changedLetters.add(letterId);
        return;
      }
      case 'LetterEdited': {
        const { letterId, editedBy } = recorded.data;
        const personal = personalOf(recorded.data.personal);
        // Any edit returns the letter to draft; an approval no longer stands.
        this.updateLetter(letterId, (letter) => ({
          status: 'draft',
          authors: letter.authors.includes(editedBy) ? letter.authors : [...letter.authors, editedBy],
          lastEditedBy: editedBy,
          lastEditedAt: at,
          approvedBy: null,
          approvedOn: null,
          approvedAt: null,
          sendingState: letter.sendingState === 'sent' ? 'sent' : null,
          sendingReason: null,
          body: personal?.body ?? letter.body,
          addressBlock: personal?.addressBlock ?? letter.addressBlock,
          language: personal?.language ?? letter.language,
          personalDataErased: letter.personalDataErased || erased,
          updatedAt: at,
        }));
        return;
      }
      case 'LetterSubmittedForApproval': {
        const { letterId, submittedBy, submittedOn } = recorded.data;
        this.updateLetter(letterId, () => ({
          status: 'submitted',
          submittedBy,
          submittedOn,
          submittedAt: at,
          updatedAt: at,
        }));
        return;
      }
      case 'LetterApproved': {
        const { letterId, approvedBy, approvedOn } = recorded.data;
        // A notification's letter is queued from its approval; one drafted on its own by the event that follows it.
        this.updateLetter(letterId, (letter) => ({
          status: 'approved',
          approvedBy,
          approvedOn,
          approvedAt: at,
          sendingState: letter.notificationId !== null ? 'queued' : null,
          sendingReason: null,
          updatedAt: at,
        }));
        return;
      }
      case 'LetterSendingRefused': {
        const { letterId, reason } = recorded.data;
        this.updateLetter(letterId, () => ({ sendingState: 'not-sent', sendingReason: reason, updatedAt: at }));
        return;
      }
      case 'LetterReturned': {
        const { letterId, returnedBy, returnedOn } = recorded.data;
        const personal = personalOf(recorded.data.personal);
        this.updateLetter(letterId, (letter) => ({
          status: 'returned',
          returnedBy,
          returnedOn,
          returnedAt: at,
          returnComments: personal?.comments ?? null,
          personalDataErased: letter.personalDataErased || erased,
          updatedAt: at,
        }));
        return;
      }
      case 'NotificationScheduled': {
        const { notificationId, letterId } = recorded.data;
        if (letterId !== undefined && this.letters.get(letterId)?.victimId === victimId)
          this.updateLetter(letterId, (letter) => ({
            notificationId,
            sendingState: letter.status === 'approved' ? 'queued' : letter.sendingState,
            updatedAt: at,
          }));
        return;
      }
      case 'NotificationCancelled': {
        const { notificationId, reason } = recorded.data;
        this.notSent(victimId, notificationId, reason, at);
        return;
      }
      case 'NotificationFailed': {
        const { notificationId, errorCode, final } = recorded.data;
        if (final) this.notSent(victimId, notificationId, errorCode, at);
        return;
      }
      case 'NotificationSent': {
        const { notificationId, letterId, channel } = recorded.data;
        if (channel !== 'letter') return;
        for (const letter of this.lettersOf(victimId)) {
          if (
            (letter.letterId === letterId || letter.notificationId === notificationId) &&
            letter.status === 'approved'
          ) {
            this.updateLetter(letter.letterId, () => ({
              status: 'sent',
              sentAt: at,
              sendingState: 'sent',
              sendingReason: null,
              updatedAt: at,
            }));
          }
        }
        return;
      }
      case 'VictimPersonalDataErased':
        // The victim's key was destroyed: their letters' words, address blocks and comments go, the workflow facts stay.
        for (const letter of this.lettersOf(victimId)) {
          this.updateLetter(letter.letterId, () => ({
            body: null,
            addressBlock: null,
            language: null,
            returnComments: null,
            personalDataErased: true,
            updatedAt: at,
          }));
        }
        this.updateVictim(victimId, { largePrint: false });
        return;
    }
  }

  /** The letter a notification carried will not be sent by it (cancelled, or failed for the last time). */
  private notSent(victimId: string, notificationId: string, reason: string, at: Date): void {
    for (const letter of this.lettersOf(victimId)) {
      if (letter.notificationId === notificationId && letter.status !== 'sent')
        this.updateLetter(letter.letterId, () => ({ sendingState: 'not-sent', sendingReason: reason, updatedAt: at }));
    }
  }

  private updateVictim(victimId: string, change: Partial<LetterVictimRow>): void {
    const victim = this.victims.get(victimId);
    if (!victim) return;
    Object.assign(victim, change);
    this.changedVictims.add(victimId);
  }

  private updateLetter(letterId: string, change: (letter: LetterRow) => Partial<LetterRow>): void {
    const letter = this.letters.get(letterId);
    if (!letter) return;
    Object.assign(letter, change(letter));
    this.changedLetters.add(letterId);
  }

  private lettersOf(victimId: string): LetterRow[] {
    return (this.byVictim.get(victimId) ?? [])
      .map((letterId) => this.letters.get(letterId) as LetterRow)
      .filter((letter) => letter.victimId === victimId);
  }

  private indexByVictim(letter: LetterRow): void {
    const ids = this.byVictim.get(letter.victimId) ?? [];
    ids.push(letter.letterId);
    this.byVictim.set(letter.victimId, ids);
  }
}

/** The victim a victim-stream event is about: its `victimId`, else the stream's id. */
export function letterVictimId(event: RecordedEvent): string {
  const data = (event.data ?? {}) as { victimId?: unknown };
  return typeof data.victimId === 'string' ? data.victimId : event.streamId.slice('victim-'.length);
}

/** When the fact happened, from the event (never the clock): the caller's occurredAt, else when it was stored. */
function eventTime(event: RecordedEvent): Date {
  const occurredAt = Date.parse(event.metadata?.occurredAt ?? '');
  return Number.isNaN(occurredAt) ? event.recordedAt : new Date(occurredAt);
}
