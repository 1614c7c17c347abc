import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_REFUSAL_REASONS, VICTIM_REQUEST_KINDS, VICTIM_REQUEST_OUTCOMES } from '@vcs/domain';

/** OpenAPI shapes of the victim case answers. Nested parts the read model keeps as jsonb are described here. */

export class CaseSentenceResponse {
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty({ nullable: true, example: 'X123456', type: String }) reference: string | null;
  @ApiProperty({ nullable: true, example: '2026-10-01', type: String }) sentenceDate: string | null;
  @ApiProperty({ nullable: true, example: 'yorkshire-and-the-humber', type: String }) probationRegion: string | null;
  @ApiProperty({
    example: '2026-10-05',
    description: 'When the victim was linked (the referral date for the referral sentence)',
  })
  linkedOn: string;
  @ApiProperty({ description: 'The sentence the referral was about' }) viaReferral: boolean;
}

export class EnrolmentResponse {
  @ApiProperty({ nullable: true, type: String, enum: ['vcs-statutory', 'vcs-discretionary', 'vns'] }) scheme:
    string | null;
  @ApiPropertyOptional({ description: 'Eligibility basis recorded at enrolment' }) basis?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) discretionaryReason?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) enrolledOn?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) sentenceId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) declinedOn?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) withdrewOn?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) rejoinedOn?: string | null;
}

export class AddressResponse {
  @ApiProperty({
    enum: ['referral', 'contact-preferences'],
    description: 'Where the detail came from; contact preferences are the latest the victim gave',
  })
  source: string;
  @ApiProperty({ type: [String] }) lines: string[];
  @ApiProperty({ nullable: true, type: String }) postcode: string | null;
}

export class PhoneResponse {
  @ApiProperty({ enum: ['referral', 'contact-preferences'] }) source: string;
  @ApiProperty({ enum: ['phone', 'mobile'] }) kind: string;
  @ApiProperty() number: string;
}

export class EmailResponse {
  @ApiProperty({ enum: ['referral', 'contact-preferences'] }) source: string;
  @ApiProperty() address: string;
}

/** Personal data: shown to the VLO running the case only. */
export class ContactDetailsResponse {
  @ApiProperty({ nullable: true, type: String }) fullName: string | null;
  @ApiProperty({ nullable: true, type: String }) dateOfBirth: string | null;
  @ApiProperty({ type: [AddressResponse] }) addresses: AddressResponse[];
  @ApiProperty({ type: [PhoneResponse] }) phones: PhoneResponse[];
  @ApiProperty({ type: [EmailResponse] }) emails: EmailResponse[];
}

export class CommunicationNeedsResponse {
  @ApiProperty({ nullable: true, type: String, example: 'en' }) language: string | null;
  @ApiProperty({ type: [String] }) accessibleFormats: string[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Windows not to call: { days, from, to }' })
  timesNotToCall: object[];
}

export class ContactPreferencesResponse {
  @ApiProperty({ type: [String], description: 'In order of preference' }) channels: string[];
  @ApiProperty({
    type: 'object',
    description: '{ choice, chosenStages? }: which stages the victim wants to hear about',
    additionalProperties: true,
  })
  stages: object;
  @ApiProperty() safetyCheckBeforeLetters: boolean;
  @ApiProperty() updatedOn: string;
  @ApiProperty({ type: CommunicationNeedsResponse, nullable: true, description: 'Personal data; null after erasure' })
  communication: CommunicationNeedsResponse | null;
}

export class SafetyResponse {
  @ApiProperty({ description: 'Domestic-abuse or other safety concern: a safety check is needed before any letter' })
  flag: boolean;
  @ApiProperty({
    type: 'object',
    nullable: true,
    description: '{ checkedBy, checkedOn, contactId } of the latest safety check recorded',
    additionalProperties: true,
  })
  lastCheck: object | null;
}

export class ActingPersonResponse {
  @ApiProperty({ format: 'uuid' }) actingPersonId: string;
  @ApiProperty({ enum: ['family-member', 'nominated-representative', 'parent-or-guardian', 'next-of-kin'] })
  role: string;
  @ApiProperty() nominatedOn: string;
  @ApiProperty() receivesCommunications: boolean;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description:
      'Personal data: { fullName, dateOfBirth, relationshipToVictim, address, phone, email }; null after erasure',
  })
  personal: object | null;
}

export class LastContactResponse {
  @ApiProperty({ format: 'uuid' }) contactId: string;
  @ApiProperty({ example: '2026-11-02' }) occurredOn: string;
  @ApiProperty({ enum: ['phone', 'letter', 'email', 'sms', 'home-visit', 'meeting'] }) method: string;
  @ApiProperty({ enum: ['inbound', 'outbound'] }) direction: string;
  @ApiProperty({ description: 'Outcome code (the words of the outcome stay in the event)' }) result: string;
  @ApiProperty({ nullable: true, type: String }) followUpOn: string | null;
  @ApiProperty({ nullable: true, type: String }) withActingPersonId: string | null;
}

export class CaseTaskResponse {
  @ApiProperty({ enum: ['initial-contact', 'vns-contact', 'follow-up'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty({ description: 'When the clock started' }) from: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Deadline (inclusive). Overdue = dueOn before today; compare with today yourself',
  })
  dueOn: string | null;
  @ApiProperty({ description: 'The rule and its source' }) rule: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The contact that set a follow-up' }) contactId?: string;
}

export class NextDueResponse {
  @ApiProperty({ enum: ['initial-contact', 'vns-contact', 'follow-up'] }) kind: string;
  @ApiProperty() dueOn: string;
}

export class CaseCountsResponse {
  @ApiProperty() contacts: number;
  @ApiProperty() representations: number;
}

/** A child victim's month of turning 18 (derived from the date of birth; the date itself is in contactDetails only). */
export class ComingOfAgeResponse {
  @ApiProperty({
    example: '2027-03',
    nullable: true,
    type: String,
    description: 'YYYY-MM: the month the victim turns 18; null when no date of birth was given',
  })
  turnsEighteenIn: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The day contact was handed to the victim themselves (YYYY-MM-DD); null until then',
  })
  contactHandedToVictimOn: string | null;
}

export class CaseRequestAnswerResponse {
  @ApiProperty({ enum: VICTIM_REQUEST_OUTCOMES }) outcome: string;
  @ApiProperty({ example: '2026-11-02' }) answeredOn: string;
  @ApiProperty({ nullable: true, type: String, enum: REQUEST_REFUSAL_REASONS, description: 'Only with a refusal' })
  reason: string | null;
}

/** A request the victim made through the VLO (issue 17): codes and dates only. */
export class CaseRequestResponse {
  @ApiProperty({ format: 'uuid' }) requestId: string;
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty({ enum: VICTIM_REQUEST_KINDS }) kind: string;
  @ApiProperty({ example: '2026-10-20', description: 'The day the victim asked' }) madeOn: string;
  @ApiProperty({ enum: ['open', 'answered'], description: 'open: waiting for its answer (answer it with …/answer)' })
  state: 'open' | 'answered';
  @ApiProperty({ type: CaseRequestAnswerResponse, nullable: true }) answer: CaseRequestAnswerResponse | null;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['decision-summary-requested-after-6-months'],
    description: 'Recorded although the decision maker may decline it for its timing (Parole Board Rules 2019 r.27(2))',
  })
  warning: string | null;
}

export class VictimCaseResponse {
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ description: "Revision of the victim's stream this view reflects (If-Match for commands)" })
  revision: string;
  @ApiProperty({ enum: ['referred', 'enrolled', 'declined', 'withdrawn', 'rejoined'] }) status: string;
  @ApiProperty({ nullable: true, type: String, enum: ['vcs-statutory', 'vcs-discretionary', 'vns'] }) scheme:
    string | null;
  @ApiProperty({ enum: ['vcs', 'vns'] }) referredFor: string;
  @ApiProperty() circumstance: string;
  @ApiProperty() referralSource: string;
  @ApiProperty() referralReceivedOn: string;
  @ApiProperty({ type: EnrolmentResponse, nullable: true }) enrolment: EnrolmentResponse | null;
  @ApiProperty({ nullable: true, type: String }) victimLiaisonOfficerId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Alex Morgan',
    description:
      "The officer's name from the staff directory; null when unallocated or the directory has no name for them",
  })
  victimLiaisonOfficerName: string | null;
  @ApiProperty({ nullable: true, type: String, description: "Region of the referral's sentence" }) probationRegion:
    string | null;
  @ApiProperty({ type: [CaseSentenceResponse] }) sentences: CaseSentenceResponse[];
  @ApiProperty({ type: ContactPreferencesResponse, nullable: true })
  contactPreferences: ContactPreferencesResponse | null;
  @ApiProperty({ type: SafetyResponse }) safety: SafetyResponse;
  @ApiProperty({ type: ContactDetailsResponse, nullable: true, description: 'Personal data; null after erasure' })
  contactDetails: ContactDetailsResponse | null;
  @ApiProperty({ description: "The victim's personal data has been erased (key destroyed)" })
  personalDataErased: boolean;
  @ApiProperty({ type: [ActingPersonResponse] }) actingPersons: ActingPersonResponse[];
  @ApiProperty({
    type: ComingOfAgeResponse,
    nullable: true,
    description:
      "A child victim's month of turning 18 and the handover; null for adults and when no date of birth was given",
  })
  comingOfAge: ComingOfAgeResponse | null;
  @ApiProperty({ type: LastContactResponse, nullable: true }) lastContact: LastContactResponse | null;
  @ApiProperty({ type: [CaseTaskResponse], description: 'Open tasks, with due dates' }) tasks: CaseTaskResponse[];
  @ApiProperty({ type: NextDueResponse, nullable: true }) nextDue: NextDueResponse | null;
  @ApiProperty({ type: CaseCountsResponse }) counts: CaseCountsResponse;
  @ApiProperty({
    type: [CaseRequestResponse],
    description: "The victim's requests through the VLO and their answers, the latest asked first (issue 17)",
  })
  requests: CaseRequestResponse[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

export class CaseListSentenceResponse {
  @ApiProperty({ format: 'uuid' }) sentenceId: string;
  @ApiProperty({ nullable: true, type: String }) reference: string | null;
}

/** A line of a caseload: enough to recognise and prioritise the case; contact details only on the case view. */
export class VictimCaseListItem {
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ nullable: true, type: String, description: 'Personal data; null after erasure' }) fullName:
    string | null;
  @ApiProperty({ enum: ['referred', 'enrolled', 'declined', 'withdrawn', 'rejoined'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) scheme: string | null;
  @ApiProperty({ nullable: true, type: String }) victimLiaisonOfficerId: string | null;
  @ApiProperty({ nullable: true, type: String }) probationRegion: string | null;
  @ApiProperty({ type: [CaseListSentenceResponse] }) sentences: CaseListSentenceResponse[];
  @ApiProperty({ type: NextDueResponse, nullable: true }) nextDue: NextDueResponse | null;
  @ApiProperty({ nullable: true, type: String }) lastContactOn: string | null;
  @ApiProperty() safetyFlag: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

export class VictimCaseListResponse {
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: [VictimCaseListItem] }) items: VictimCaseListItem[];
}

export class TimelineActorResponse {
  @ApiProperty() userId: string;
  @ApiProperty() role: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Priya Shah',
    description:
      "Who did it in words: a member of staff's name from the staff directory, or the service's own process in words (role WORKER: 'The service (sent automatically)'); null for staff the directory has no name for",
  })
  name: string | null;
}

/** One line of the case timeline: plain words, no personal data. */
export class TimelineEntryResponse {
  @ApiProperty({ example: 'Contact recorded: phone call, outbound, reached the victim, on 2 November 2026' })
  what: string;
  @ApiProperty({ type: TimelineActorResponse }) who: TimelineActorResponse;
  @ApiProperty({ type: String, format: 'date-time', description: 'When it happened (event metadata occurredAt)' })
  occurredAt: Date;
  @ApiProperty({ example: 'ContactRecorded' }) eventType: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ example: 'victim-…', description: 'victim-<id> or sentence-<id>' }) stream: string;
  @ApiProperty() streamRevision: string;
  @ApiProperty({ example: '1042/17', description: 'Global position in the history: the timeline order' })
  position: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The sentence the entry is about, when any',
  })
  sentenceId: string | null;
}

export class CaseTimelineResponse {
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ enum: ['asc', 'desc'] }) order: string;
  @ApiProperty({ type: [TimelineEntryResponse] }) items: TimelineEntryResponse[];
}
