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

/**
 * Commands on a `sentence-<uuid>` stream. `recordedOn` is today's date as the API sees it: the domain never
 * reads the clock, and uses it to refuse stages dated in the future.
 */

export interface RecordSentence {
  readonly type: 'RecordSentence';
  readonly data: {
    readonly sentenceId: string;
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
    readonly recordedOn: IsoDate;
  };
}

export interface RecordSentenceMilestone {
  readonly type: 'RecordSentenceMilestone';
  readonly data: {
    readonly sentenceId: string;
    readonly milestoneId: string;
    readonly date: IsoDate;
    readonly recordedOn: IsoDate;
  } & Milestone;
}

export interface RecordInterAgencyMeeting {
  readonly type: 'RecordInterAgencyMeeting';
  readonly data: {
    readonly sentenceId: string;
    readonly meetingId: string;
    readonly kind: MeetingKind;
    readonly mappa?: { readonly category: MappaCategory; readonly level: MappaLevel };
    readonly heldOn: IsoDate;
    readonly recordedOn: IsoDate;
    readonly agenciesPresent: readonly Agency[];
    readonly victimsConsidered: readonly VictimConsidered[];
    readonly actions: readonly MeetingAction[];
    readonly personal: { readonly [victimId: string]: MeetingNotesAboutVictim };
  };
}

export type SentenceCommand = RecordSentence | RecordSentenceMilestone | RecordInterAgencyMeeting;
