import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGENCIES,
  LICENCE_CONDITION_KINDS,
  MEETING_KINDS,
  MEETING_OUTCOMES,
  MILESTONE_KINDS,
  OFFENCE_CATEGORIES,
  PROBATION_REGIONS,
  REPRESENTATION_KINDS,
  REPRESENTATION_RECIPIENTS,
  SCHEMES,
  SCREEN_FLAGS,
  SENTENCE_TYPES,
  VPS_PRESENTATIONS,
} from '@vcs/domain';
import { EXPECTED_KINDS } from '@vcs/read-models';

/** Answers of the sentence and partner routes, for the OpenAPI document. */

export class SentenceSummaryResponse {
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty({ example: 'X123456', description: "Offender's case reference (CRN)" }) reference: string;
  @ApiProperty({ enum: OFFENCE_CATEGORIES }) offenceCategory: string;
  @ApiProperty() offenceCausedDeath: boolean;
  @ApiProperty({ enum: SENTENCE_TYPES }) sentenceType: string;
  @ApiProperty({ type: Number, nullable: true }) lengthMonths: number | null;
  @ApiProperty() sentencingCourt: string;
  @ApiProperty({ example: '2025-01-15' }) sentenceDate: string;
  @ApiProperty({ enum: PROBATION_REGIONS }) probationRegion: string;
  @ApiProperty({
    enum: [
      'in-custody',
      'on-home-detention-curfew',
      'on-licence',
      'licence-ended',
      'detained',
      'conditionally-discharged',
    ],
  })
  custodyStatus: string;
  @ApiProperty() inOpenConditions: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['death', 'sentence-end', 'absolute-discharge', 'conviction-quashed'],
  })
  endedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) endedOn: string | null;
  @ApiProperty({ type: String, nullable: true, enum: MILESTONE_KINDS }) lastMilestoneKind: string | null;
  @ApiProperty({ type: String, nullable: true }) lastMilestoneOn: string | null;
}

export class SentenceMilestoneResponse {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ enum: MILESTONE_KINDS }) kind: string;
  @ApiProperty({ example: '2026-03-01', description: 'The day the stage happened or was decided' }) date: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Structured detail of the stage (no free text)',
  })
  detail: Record<string, unknown>;
}

export class ExpectedMilestoneResponse {
  @ApiProperty({
    enum: EXPECTED_KINDS,
    description: 'What is expected next (rules in docs/read-models/sentence-partner.md)',
  })
  kind: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When; null when pending with no date (appeal, reconsideration decision)',
  })
  date: string | null;
  @ApiProperty({
    description: 'The date is before today (England and Wales) and the stage it expects is not yet recorded',
  })
  passed: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail: Record<string, unknown>;
  @ApiProperty({ format: 'uuid', description: 'The milestone that set this expectation' }) setByMilestoneId: string;
}

export class SentenceVictimResponse {
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ example: 'V-7KQ2M9XD4P', description: 'The pseudonymous reference partners see for this victim' })
  victimReference: string;
  @ApiProperty({ example: '2025-01-20' }) linkedOn: string;
  @ApiProperty({ enum: ['referral', 'linked', 'enrolment'] }) linkedVia: string;
  @ApiProperty({ type: String, nullable: true, enum: ['vcs', 'vns'] }) referredFor: string | null;
  @ApiProperty({ type: String, nullable: true, enum: SCHEMES }) scheme: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['referred', 'enrolled', 'declined', 'withdrawn'] }) status:
    string | null;
  @ApiProperty({ type: String, nullable: true }) statusOn: string | null;
}

export class SentenceViewResponse extends SentenceSummaryResponse {
  @ApiProperty({
    example: '3',
    description:
      "Revision of the sentence's stream this view reflects (also the ETag): send it as If-Match with the next sentence command",
  })
  revision: string;
  @ApiProperty({ type: [SentenceMilestoneResponse], description: 'Milestones so far, in the order they happened' })
  milestones: SentenceMilestoneResponse[];
  @ApiProperty({ type: [ExpectedMilestoneResponse], description: 'Expected stages, soonest first (undated last)' })
  expected: ExpectedMilestoneResponse[];
  @ApiProperty({
    type: [SentenceVictimResponse],
    description: 'Victims linked to the sentence (ids and scheme status only, no personal data)',
  })
  victims: SentenceVictimResponse[];
}

export class SentencePageResponse {
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: [SentenceSummaryResponse] }) items: SentenceSummaryResponse[];
}

export class PartnerRequestedConditionResponse {
  @ApiProperty({ format: 'uuid' }) conditionId: string;
  @ApiProperty({ enum: LICENCE_CONDITION_KINDS }) kind: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "Partners: the description as the VLO disclosed it, or null when none was disclosed. VLOs: the exclusion zone in the victim's words. Null once erased",
  })
  description: string | null;
  @ApiProperty({
    description: 'No description is given here (not disclosed to you, or a kind never kept in this view); ask the VLO',
  })
  descriptionWithheld: boolean;
}

export class RepresentationDisclosureResponse {
  @ApiProperty({ enum: REPRESENTATION_RECIPIENTS }) recipient: string;
  @ApiProperty({ example: '2026-11-05' }) disclosedOn: string;
  @ApiProperty({ description: 'The VLO who approved the disclosed version' }) approvedBy: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Alex Morgan',
    description: 'Their name from the staff directory; null when it has none for them',
  })
  approvedByName: string | null;
  @ApiProperty({ enum: SCREEN_FLAGS, isArray: true, description: "The screen's flags the VLO confirmed" })
  flagged: string[];
}

export class PartnerRepresentationResponse {
  @ApiProperty({ format: 'uuid' }) representationId: string;
  @ApiProperty({
    example: 'V-7KQ2M9XD4P',
    description: 'The victim, pseudonymously (per victim and sentence): never their id, name or contact details',
  })
  victimReference: string;
  @ApiProperty({ enum: REPRESENTATION_KINDS }) kind: string;
  @ApiProperty({ type: [PartnerRequestedConditionResponse] }) requestedConditions: PartnerRequestedConditionResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The Victim Personal Statement (partners: the version the VLO disclosed to them; VLOs: the victim's words); null when not a VPS, or once erased",
  })
  statementText: string | null;
  @ApiProperty({ type: String, nullable: true, enum: VPS_PRESENTATIONS }) vpsPresentation: string | null;
  @ApiProperty({
    enum: REPRESENTATION_RECIPIENTS,
    isArray: true,
    description: 'Partners: their own organisation only. VLOs: everyone it was made for',
  })
  sentTo: string[];
  @ApiProperty({ example: '2026-11-02' }) submittedOn: string;
  @ApiPropertyOptional({ example: '2026-11-05', description: 'Partners only: when the VLO disclosed it to them' })
  disclosedOn?: string;
  @ApiProperty({ description: "The victim's personal data was erased: statement and descriptions read as null" })
  erased: boolean;
  @ApiPropertyOptional({
    type: [RepresentationDisclosureResponse],
    description: 'VLOs and managers only: to whom it was disclosed, when and by whom',
  })
  disclosures?: RepresentationDisclosureResponse[];
}

export class PartnerRepresentationPageResponse {
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: [PartnerRepresentationResponse], description: 'Newest first' })
  items: PartnerRepresentationResponse[];
}

export class MeetingActionResponse {
  @ApiProperty({ format: 'uuid' }) actionId: string;
  @ApiProperty({ enum: AGENCIES }) ownerAgency: string;
  @ApiProperty({ type: String, nullable: true }) dueOn: string | null;
}

export class MeetingNotesResponse {
  @ApiProperty({ type: String, nullable: true }) viewsPresented: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Action descriptions by action id',
  })
  actions: Record<string, string>;
  @ApiProperty({ description: "The victim's personal data was erased: the notes read as null" }) erased: boolean;
}

export class MeetingVictimResponse {
  @ApiPropertyOptional({ format: 'uuid', description: 'VLOs and managers only' }) victimId?: string;
  @ApiProperty({ example: 'V-7KQ2M9XD4P' }) victimReference: string;
  @ApiProperty({ description: "The VLO presented the victim's views" }) viewsPresented: boolean;
  @ApiProperty({ enum: MEETING_OUTCOMES }) outcome: string;
  @ApiProperty({ type: [MeetingActionResponse] }) actions: MeetingActionResponse[];
  @ApiPropertyOptional({
    type: MeetingNotesResponse,
    nullable: true,
    description: 'VLOs and managers only: what was said about the victim',
  })
  notes?: MeetingNotesResponse | null;
}

export class MappaResponse {
  @ApiProperty({ enum: [1, 2, 3, 4] }) category: number;
  @ApiProperty({ enum: [1, 2, 3] }) level: number;
}

export class InterAgencyMeetingResponse {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ enum: MEETING_KINDS }) kind: string;
  @ApiProperty({ type: MappaResponse, nullable: true }) mappa: MappaResponse | null;
  @ApiProperty({ example: '2026-03-04' }) heldOn: string;
  @ApiProperty({ enum: AGENCIES, isArray: true }) agenciesPresent: string[];
  @ApiProperty({ type: [MeetingVictimResponse] }) victimsConsidered: MeetingVictimResponse[];
}

export class InterAgencyMeetingPageResponse {
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: [InterAgencyMeetingResponse], description: 'Latest first' }) items: InterAgencyMeetingResponse[];
}
