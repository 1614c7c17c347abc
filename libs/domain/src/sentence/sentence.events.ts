import { IsoDate } from '../shared/iso-date';
import { ProbationRegion } from '../shared/probation-region';
import {
  Agency,
  MappaCategory,
  MappaLevel,
  MeetingAction,
  MeetingKind,
  MeetingNotesAboutVictim,
  VictimConsidered,
} from './inter-agency-meeting';
import { Milestone } from './sentence-milestone';
import { OffenceCategory } from './offence-category';
import { SentenceType } from './sentence-type';

/** Events of a `sentence-<uuid>` stream. */

export interface SentenceRecorded {
  readonly type: 'SentenceRecorded';
  readonly data: {
    readonly sentenceId: string;
    /** Offender's case reference number (CRN). */
    readonly reference: string;
    readonly offenceCategory: OffenceCategory;
    readonly offenceCausedDeath: boolean;
    /** DVCV Act 2004 s.45(2)(b): subject to sex-offender notification for this offence; absent on older events (false). */
    readonly sexOffenderNotification?: boolean;
    /** DVCV Act 2004 s.45(2)(c): an offence against a child; absent on older events (false). */
    readonly offenceAgainstChild?: boolean;
    readonly sentenceType: SentenceType;
    readonly lengthMonths?: number;
    readonly sentencingCourt: string;
    readonly sentenceDate: IsoDate;
    readonly probationRegion: ProbationRegion;
  };
}

export interface SentenceMilestoneReached {
  readonly type: 'SentenceMilestoneReached';
  readonly data: {
    readonly sentenceId: string;
    readonly milestoneId: string;
    /** The day the stage happened or was decided; later dates it sets (hearing, end of conditions) are in `detail`. */
    readonly date: IsoDate;
  } & Milestone;
}

/**
 * A MAPPA, parole or other inter-agency meeting about the offender. It may concern several victims, so
 * `personal` is keyed by victim id and each entry is encrypted with that victim's own key.
 */
export interface InterAgencyMeetingHeld {
  readonly type: 'InterAgencyMeetingHeld';
  readonly data: {
    readonly sentenceId: string;
    readonly meetingId: string;
    readonly kind: MeetingKind;
    readonly mappa?: { readonly category: MappaCategory; readonly level: MappaLevel };
    readonly heldOn: IsoDate;
    readonly agenciesPresent: readonly Agency[];
    readonly victimsConsidered: readonly VictimConsidered[];
    readonly actions: readonly MeetingAction[];
    readonly personal: { readonly [victimId: string]: MeetingNotesAboutVictim };
  };
}

export type SentenceEvent = SentenceRecorded | SentenceMilestoneReached | InterAgencyMeetingHeld;
export type SentenceEventType = SentenceEvent['type'];
