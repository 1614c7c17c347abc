import type { DomainRuleCode } from '@vcs/domain';

/** What a victim liaison officer reads when a rule of the scheme refuses what they asked, and the field it is about. */
export interface RuleMessage {
  /** Plain English, saying what to do where there is something to do; never the API's codes or field names. */
  readonly text: string;
  /** The API's name of the field the rule is about (as in its 400 problems), so the message sits on that field. */
  readonly field?: string;
}

/**
 * Every rule code of the domain (`DomainRuleCode`, the union docs/DOMAIN-RULES.md is checked against) in words for
 * the page: a new code fails to compile here until it has its words, and a code that is gone fails too.
 */
export const RULE_MESSAGES: { readonly [Code in DomainRuleCode]: RuleMessage } = {
  'acting-person-already-nominated': { text: 'This person is already recorded as acting for the victim.' },
  'action-due-before-meeting': {
    text: "An action cannot be due before the day of the meeting. Check the action's due date.",
    field: 'actions',
  },
  'action-for-unknown-victim': {
    text: 'An action can only be about a victim the meeting considered.',
    field: 'actions',
  },
  'action-notes-under-wrong-victim': {
    text: "Write the action's description under the victim it is about.",
    field: 'actions',
  },
  'address-lines': {
    text: 'Give at least the first line of the address: a letter cannot be sent to a postcode alone.',
    field: 'personal.address.lines',
  },
  'adult-victim-is-child': {
    text: 'The victim was under 18 when referred. Record them as a child victim.',
    field: 'circumstance',
  },
  'agencies-required': { text: 'Select at least one agency that was at the meeting.', field: 'agenciesPresent' },
  'already-activated': { text: 'The suspended sentence has already been activated.' },
  'already-assigned': { text: 'The case is already allocated to this officer.', field: 'victimLiaisonOfficerId' },
  'already-at-large': {
    text: 'The offender is already recorded as out of custody. Record their return to custody first.',
  },
  'already-enrolled': { text: 'The victim is already in the scheme.' },
  'already-in-hospital': { text: 'The prisoner is already recorded as in hospital.' },
  'already-in-open-conditions': { text: 'The offender is already in open conditions.' },
  'already-in-unit': { text: 'The case is already held by that unit.', field: 'toUnit' },
  'already-linked': { text: 'The victim is already linked to this sentence.' },
  'already-opted-out': { text: 'The victim has already said no to the scheme.' },
  'already-released': { text: 'The offender is already recorded as released. Record a recall before another release.' },
  'answer-before-request': {
    text: 'The answer cannot be dated before the victim made the request.',
    field: 'answeredOn',
  },
  'appeal-outcome-before-decision': { text: 'An appeal that has only been lodged has no outcome yet.' },
  'appeal-outcome-required': { text: 'Select the outcome of the appeal.' },
  'attempt-out-of-order': { text: 'This attempt to send is out of order: attempts are numbered one after another.' },
  'basis-does-not-fit-decision': {
    text: 'The reason given does not fit the decision. Choose a reason that goes with it.',
    field: 'basis',
  },
  'before-referral': { text: 'The date cannot be before the victim was referred.' },
  'bereavement-needs-offence-causing-death': {
    text: 'A deceased victim or a bereaved relative can only be recorded when the offence caused the death.',
    field: 'circumstance',
  },
  'case-already-closed': { text: 'The case is already closed.' },
  'case-closed': { text: 'The case is closed, so the victim is not contacted.' },
  'case-not-closed': { text: 'Only a closed case can have a retention review.' },
  'cause-required': { text: 'Say which key stage or event the message is about.' },
  'channel-mismatch': { text: 'The message must go the way it was scheduled to go.' },
  'channel-not-chosen': {
    text: 'The victim has not agreed to be contacted this way. Change their contact preferences first.',
    field: 'channel',
  },
  'channel-reason-detail-required': {
    text: 'Describe the other reason you contacted the victim this way.',
    field: 'personal.channelReasonDetail',
  },
  'channel-reason-not-needed': {
    text:
      'No reason is needed: the victim started this contact, or has chosen this way of being contacted. ' +
      'Leave ‘Why you contacted them this way’ unanswered.',
    field: 'channelReason',
  },
  'channel-reason-required': {
    text:
      'The victim has not chosen to be contacted this way. The contact is still recorded: say why you used it ' +
      '(they asked you to, an urgent safety matter, or their chosen way did not reach them). If the victim has ' +
      'changed how they want to be contacted, update their contact preferences instead.',
    field: 'channelReason',
  },
  'channel-required': { text: 'Select at least one way the victim wants to be contacted.', field: 'channels' },
  'child-victim-is-adult': {
    text: 'The victim was 18 or over when referred. Record them as an adult victim.',
    field: 'circumstance',
  },
  'chosen-stages-required': { text: 'Select at least one stage the victim wants to hear about.', field: 'stages' },
  'chosen-stages-without-choice': {
    text: 'Stages can only be listed when the victim chooses the stages they hear about.',
    field: 'stages',
  },
  'closure-before-opt-out': { text: 'The case cannot be closed for this reason before the victim said no.' },
  'closure-before-sentence-ended': { text: 'The case cannot be closed before the sentence has ended.' },
  'closure-mismatch': { text: "The retention review must name the case's closure." },
  'conditions-end-before-set': { text: 'Licence conditions cannot end before the day they were set.' },
  'conditions-required': { text: 'Select at least one licence condition.', field: 'requestedConditions' },
  'contact-already-recorded': { text: 'This contact is already recorded.' },
  'contact-already-with-victim': {
    text: 'Contact is already with the victim themselves: it was handed to them before.',
  },
  'date-in-future': { text: 'The date cannot be in the future.' },
  'date-of-birth-in-future': { text: 'The date of birth cannot be in the future.', field: 'personal.dateOfBirth' },
  'days-required': { text: 'Select at least one day for each time not to call.', field: 'personal.timesNotToCall' },
  'deceased-victim-contact-through-next-of-kin': {
    text: 'The victim has died. Contact is with the person acting for them, not the victim.',
  },
  'deceased-victim-needs-next-of-kin': {
    text: "Record the victim's next of kin before enrolling a victim who has died.",
  },
  'decision-before-review': { text: 'The decision cannot be dated before the retention review was raised.' },
  'decision-provided-before-made': { text: 'A decision cannot be given to the parties before it was made.' },
  'decision-summary-requested-after-6-months': {
    text: 'A summary of the decision must be asked for within 6 months of the decision.',
  },
  'declined-victim-enrols': { text: 'A victim who said no joins by enrolling, not by rejoining.' },
  'delivery-status-already-recorded': { text: 'The delivery of this message is already recorded.' },
  'delivery-status-before-sent': { text: "A message's delivery cannot be recorded before it was sent." },
  'description-for-unknown-condition': {
    text: 'A description can only be given for a condition that is requested.',
    field: 'personal.conditionDescriptions',
  },
  'discharge-conditions-need-hospital-order': { text: 'Conditions of discharge only apply to a hospital order.' },
  'disclosed-statement-required': { text: 'Give the Victim Personal Statement as it is to be disclosed.' },
  'disclosure-before-submission': { text: 'A representation cannot be disclosed before it was made.' },
  'disclosure-flagged': {
    text: 'The check found something that may identify or locate the victim. Remove it, or confirm each finding before disclosing.',
  },
  'discretionary-reason-detail-required': {
    text: 'Describe the reason for using the discretionary scheme.',
    field: 'personal.discretionaryReasonDetail',
  },
  'duplicate-action': { text: 'An action is listed twice.', field: 'actions' },
  'duplicate-agency': { text: 'An agency is selected twice.', field: 'agenciesPresent' },
  'duplicate-channel': { text: 'A way of contacting the victim is selected twice.', field: 'channels' },
  'duplicate-condition': { text: 'A licence condition is selected twice.', field: 'requestedConditions' },
  'duplicate-confirmed-flag': { text: 'A finding is confirmed twice.' },
  'duplicate-format': { text: 'A format is selected twice.', field: 'personal.accessibleFormats' },
  'duplicate-recipient': { text: 'A recipient is selected twice.', field: 'sentTo' },
  'duplicate-sentence': { text: 'A sentence is listed twice.' },
  'duplicate-stage': { text: 'A stage is selected twice.', field: 'stages' },
  'duplicate-victim': { text: 'A victim is listed twice.' },
  'email-needs-address': { text: 'Enter an email address, or do not choose email.', field: 'personal.email' },
  'ended-sentences-only-when-sentences-ended': {
    text: 'Only name ended sentences when the case closes because the sentences ended.',
  },
  'ended-sentences-required': { text: 'Name each linked sentence and how it ended.' },
  'enrolled-victim-withdraws': {
    text: 'The victim is in the scheme: record that they withdrew, not that they said no.',
  },
  'erase-decision-required': { text: 'Personal data can only be erased once the decision to erase has been recorded.' },
  'escape-circumstance-does-not-fit': {
    text: 'The way the offender left custody does not fit this kind of sentence. Choose another.',
  },
  'exclusion-zone-needs-description': {
    text: 'Describe the exclusion zone the victim asks for.',
    field: 'personal.conditionDescriptions',
  },
  'final-required': { text: 'Say whether this was the last attempt to send.' },
  'first-contact-made': { text: 'First contact has already been made with the victim.' },
  'follow-up-before-contact': { text: 'A follow-up cannot be dated before the contact.', field: 'followUpOn' },
  'four-eyes': { text: 'Another manager must approve this letter: you wrote or edited it.' },
  'grant-already-live': { text: 'This person can already open the case.', field: 'granteeUserId' },
  'grant-exists': { text: 'This access is already recorded.' },
  'grant-not-found': { text: 'There is no such access to this case.' },
  'grant-not-live': { text: 'This access has already ended.' },
  'grant-too-long': {
    text: 'Access can be given for 1 hour to 30 days. For longer, transfer the case.',
    field: 'hours',
  },
  'grantee-in-case-unit': {
    text: "This person is in the case's own unit and can already open it.",
    field: 'granteeUserId',
  },
  'handover-before-eighteen': {
    text: 'Contact is handed to the victim from the month they turn 18, not before.',
    field: 'handedOverOn',
  },
  'handover-only-for-child-victim': { text: 'Contact is handed over only for a victim referred as a child.' },
  'hearing-before-listing': {
    text: 'The hearing date cannot be before the day it was listed.',
    field: 'detail.hearingDate',
  },
  'high-court-decision-without-referral': { text: 'Record the referral to the High Court before its decision.' },
  'high-court-outcome-before-decision': { text: 'A referral to the High Court has no outcome until it is decided.' },
  'high-court-referral-already-made': { text: 'This release decision has already been referred to the High Court.' },
  'high-court-referral-before-decision': { text: 'The referral cannot be dated before the release decision.' },
  'high-court-referral-needs-release-direction': {
    text: 'Only a Parole Board direction to release can be referred to the High Court.',
  },
  'high-court-referral-not-in-force': {
    text: 'Release decisions could not be referred to the High Court on that date.',
  },
  'hospital-milestone-on-prison-sentence': { text: 'This stage only applies to a hospital order.', field: 'kind' },
  'hybrid-order-at-sentence': { text: 'Hospital and limitation directions are given when the sentence is passed.' },
  'hybrid-order-is-restricted': { text: 'Hospital and limitation directions always restrict discharge.' },
  'id-required': { text: 'Something the service needs is missing. Go back to the case and try again.' },
  'initial-contact-only-before-enrolment': {
    text: 'First contact is only for a victim who has not yet joined or said no.',
  },
  'invalid-attempt': { text: 'The attempt number is not valid.' },
  'invalid-date': { text: 'Enter a real date.' },
  'invalid-email': {
    text: 'Enter an email address in the correct format, like name@example.com.',
    field: 'personal.email',
  },
  'invalid-error-code': { text: 'The error code is not valid.' },
  'invalid-flag': { text: "One of the offence's flags is not valid." },
  'invalid-instant': { text: 'Enter a real date and time.' },
  'invalid-language': {
    text: 'Enter the language as a short code, for example en for English or cy for Welsh.',
    field: 'personal.language',
  },
  'invalid-phone': { text: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982.', field: 'personal.phone' },
  'invalid-postcode': {
    text: 'Enter a real UK postcode, like LS1 4AB. For an address abroad, put its postcode in the address lines.',
    field: 'personal.address.postcode',
  },
  'invalid-provider-reference': { text: "The message's reference is not valid." },
  'invalid-request-reference': {
    text: "Enter the request's reference in the correct format.",
    field: 'requestReference',
  },
  'invalid-retention-period': { text: 'The retention period must be a whole number of months.' },
  'invalid-sentence-reference': {
    text: 'Enter the case reference as one capital letter and six digits, like X123456.',
    field: 'reference',
  },
  'invalid-time': { text: 'Enter times like 09:00 or 17:30.', field: 'personal.timesNotToCall' },
  'law-change-does-not-apply': { text: "This change in the law does not move this sentence's release date." },
  'law-change-not-in-force': { text: 'The change in the law was not in force on that date.' },
  'law-change-only-for-change-in-law': { text: 'Only name a change in the law when that is why the date moved.' },
  'law-change-required': { text: 'Select the change in the law that moved the date.' },
  'length-not-applicable': {
    text: 'This kind of sentence has no fixed length. Leave the length out.',
    field: 'lengthMonths',
  },
  'length-required': { text: 'Enter the length of the custodial term in months.', field: 'lengthMonths' },
  'letter-already-attached': { text: 'This message already has a letter.' },
  'letter-already-drafted': { text: 'This letter is already drafted.' },
  'letter-already-sent': { text: 'This letter has already been sent.' },
  'letter-facts-missing': { text: 'Record the key stage on the sentence before drafting this letter.' },
  'letter-needs-address': {
    text: 'Enter the address for letters, or do not choose letter.',
    field: 'personal.address',
  },
  'letter-needs-letter-channel': { text: 'This message does not go by letter.' },
  'letter-not-approved': { text: 'The letter must be approved before it is sent.' },
  'letter-not-draft': { text: 'Only a draft or returned letter can be sent for approval.' },
  'letter-not-submitted': { text: 'Only a letter sent for approval can be approved or returned.' },
  'letter-says-where-held': {
    text: 'The letter seems to say where the offender is held. Victims are never told this: take it out.',
    field: 'body',
  },
  'licence-already-ended': { text: 'The licence has already ended.' },
  'licence-conditions-need-prison-sentence': { text: 'Licence conditions and parole only apply to a prison sentence.' },
  'licence-end-before-release': { text: 'The licence cannot end before the release.' },
  'licence-end-when-not-on-licence': { text: 'The offender is not on licence, so the licence cannot end.' },
  'life-licence-never-ends': { text: 'A life licence never ends.' },
  'life-sentence-never-ends': { text: 'A life sentence never ends.' },
  'link-before-sentence': { text: 'The link cannot be dated before the sentence.' },
  'linked-sentence-not-ended': { text: 'A sentence the victim is linked to has not ended yet.' },
  'mappa-category-and-level-required': { text: 'Select the MAPPA category and level.', field: 'mappa' },
  'mappa-details-on-other-meeting': { text: 'MAPPA category and level are only for MAPPA meetings.', field: 'mappa' },
  'meeting-already-recorded': { text: 'This meeting is already recorded.' },
  'meeting-before-sentence': { text: 'The meeting cannot be before the sentence.', field: 'heldOn' },
  'meeting-in-future': { text: 'A meeting cannot be recorded before it is held.', field: 'heldOn' },
  'milestone-already-recorded': { text: 'This key stage is already recorded.' },
  'milestone-before-sentence': { text: 'The key stage cannot be dated before the sentence.', field: 'date' },
  'milestone-in-future': {
    text: 'The key stage cannot be recorded before it happens. Expected dates go in its details.',
    field: 'date',
  },
  'needs-restriction-order': { text: 'This only applies to a restricted patient.' },
  'next-of-kin-only-for-deceased-victim': { text: 'Next of kin only act for a victim who has died.', field: 'role' },
  'next-review-before-decision': {
    text: 'The next review must come after the decision.',
    field: 'detail.nextReviewDate',
  },
  'next-review-only-when-release-refused': {
    text: 'A next review date is only given when release is refused.',
    field: 'detail.nextReviewDate',
  },
  'no-fixed-term-recall-on-this-sentence': {
    text: 'This kind of sentence has no fixed-term recall: the recall is standard.',
  },
  'no-home-detention-curfew-on-this-sentence': {
    text: 'Home detention curfew does not apply to this kind of sentence.',
  },
  'no-open-retention-review': { text: 'There is no retention review waiting for a decision.' },
  'no-parole-hearing-listed': { text: 'No parole hearing is listed. Record the listing first.' },
  'no-parole-on-this-sentence': { text: 'This kind of sentence has no parole: release is automatic.' },
  'no-release-date-on-indeterminate-sentence': { text: 'This kind of sentence has no release date to change.' },
  'not-a-recipient-of-representation': { text: 'The representation was not sent to this recipient.' },
  'not-a-suspended-sentence': { text: 'Only a suspended sentence can be activated.' },
  'not-at-large': { text: 'The offender is not recorded as out of custody, so cannot be returned to it.' },
  'not-conditionally-discharged': { text: 'The patient is not conditionally discharged.' },
  'not-eligible:custody-12-months-or-more': {
    text: 'The custodial term is 12 months or more: the statutory scheme applies instead.',
    field: 'scheme',
  },
  'not-eligible:custody-under-12-months': {
    text: 'The custodial term is under 12 months, so the statutory scheme does not apply. Consider the discretionary scheme.',
    field: 'scheme',
  },
  'not-eligible:discretionary-reason-required': {
    text: 'Select the reason for using the discretionary scheme.',
    field: 'discretionaryReason',
  },
  'not-eligible:hospital-order-not-vns': {
    text: 'A hospital order is not in the notification scheme.',
    field: 'scheme',
  },
  'not-eligible:not-a-vns-offence': { text: 'The offence is not one the notification scheme covers.', field: 'scheme' },
  'not-eligible:offence-not-specified': {
    text: 'The offence is not a specified violent or sexual offence, so the statutory scheme does not apply.',
    field: 'scheme',
  },
  'not-eligible:sentence-suspended': { text: 'A suspended sentence is not in the statutory scheme.', field: 'scheme' },
  'not-eligible:statutory-scheme-applies': {
    text: 'The statutory scheme applies to this victim: enrol them in it.',
    field: 'scheme',
  },
  'not-eligible:vns-not-run-in-region': { text: 'The notification scheme is not run in this region.', field: 'scheme' },
  'not-in-custody': { text: 'The offender is not in custody.' },
  'not-in-hospital': { text: 'The prisoner is not in hospital.' },
  'not-in-open-conditions': { text: 'The offender is not in open conditions.' },
  'not-in-scheme': { text: 'The victim is not in the scheme.' },
  'not-removed': { text: 'The offender is not recorded as removed from the UK or transferred abroad.' },
  'not-restricted': { text: 'The patient has no restrictions to lift.' },
  'not-withdrawn': { text: 'Only a victim who withdrew can rejoin.' },
  'not-yet-due': { text: 'This message is not due yet.' },
  'notes-for-unknown-victim': { text: 'Notes can only be about a victim the meeting considered.' },
  'nothing-to-update': { text: 'Change at least one detail.' },
  'notification-already-has-letter': { text: 'This message already has a letter: change that one.' },
  'notification-already-scheduled': { text: 'This message is already scheduled.' },
  'notification-already-sent': { text: 'This message has already been sent.' },
  'notification-cancelled': { text: 'This message was cancelled.' },
  'notification-failed': { text: 'Sending this message failed. Schedule a new one, for example by letter.' },
  'notification-not-by-letter': { text: 'This message does not go by letter.' },
  'notification-not-pending': { text: 'This message is no longer waiting to be sent.' },
  'notification-not-sent': { text: 'This message has not been sent yet.' },
  'offence-caused-death-required': { text: 'Say whether the offence caused a death.', field: 'offenceCausedDeath' },
  'offender-at-large': { text: 'The offender is out of custody. Record their return to custody first.' },
  'offender-deceased': { text: 'The offender has died, so no later stage can be recorded.' },
  'offender-deported': { text: 'The offender was deported, so only a return to the UK can be recorded.' },
  'offender-transferred-abroad': {
    text: 'The offender was removed or transferred abroad, so only a return to the UK can be recorded.',
  },
  'officer-not-in-unit': {
    text: 'This officer is not known in the unit that holds this case. Choose an officer of that unit, or transfer the case first.',
    field: 'victimLiaisonOfficerId',
  },
  'open-conditions-eligibility-before-sentence': {
    text: 'Eligibility for open conditions cannot be before the sentence.',
  },
  'other-condition-needs-description': {
    text: 'Describe the other condition the victim asks for.',
    field: 'personal.conditionDescriptions',
  },
  'outcome-does-not-fit-request': {
    text: 'This answer does not fit this kind of request. Choose another.',
    field: 'outcome',
  },
  'parent-or-guardian-only-for-child': { text: 'A parent or guardian only acts for a child victim.', field: 'role' },
  'parole-eligibility-before-sentence': { text: 'The parole eligibility date cannot be before the sentence.' },
  'parole-request-needs-prison-sentence': {
    text: 'The Parole Board deals with prison sentences. For a hospital order, it is the Mental Health Tribunal.',
    field: 'kind',
  },
  'patient-not-detained': { text: 'Leave only applies to a detained patient.' },
  'personal-data-erased': { text: "The victim's personal data has been erased." },
  'phone-needs-number': { text: 'Enter a phone number, or do not choose phone.', field: 'personal.phone' },
  'preferences-not-recorded': { text: 'Record how, and about what, the victim wants to hear first.' },
  'preferences-out-of-order': {
    text: 'Newer contact preferences are already recorded. Check the date they told you.',
    field: 'updatedOn',
  },
  'presentation-needs-hearing': {
    text: 'Say how the statement will be presented at the hearing.',
    field: 'vpsPresentation',
  },
  'presentation-only-for-vps': { text: 'How it is presented only applies to a Victim Personal Statement.' },
  'prison-milestone-on-hospital-order': { text: 'This stage only applies to a prison sentence.', field: 'kind' },
  'prisoner-in-hospital': { text: 'The prisoner is in hospital. Record their return to prison first.' },
  'prisoner-in-hospital-not-discharged-by-tribunal': {
    text: 'A prisoner in hospital is not discharged by the tribunal.',
  },
  'protected-victims-required': { text: 'Say which victims the conditions protect.' },
  'public-hearing-application-out-of-time': { text: 'It is too late to apply for a public hearing.' },
  're-release-before-recall': { text: 'The re-release cannot be dated before the recall.' },
  're-release-date-only-for-fixed-term-recall': { text: 'A re-release date is only given for a fixed-term recall.' },
  'reason-does-not-fit-request': {
    text: 'This reason does not fit this kind of request. Choose another.',
    field: 'reason',
  },
  'reason-only-for-discretionary': {
    text: 'A reason is only given for the discretionary scheme.',
    field: 'discretionaryReason',
  },
  'reason-only-when-refused': { text: 'A reason is only given when the request is refused.', field: 'reason' },
  'recall-before-release': { text: 'The recall cannot be dated before the release.' },
  'recall-type-on-hospital-order': { text: 'A recall to hospital has no fixed-term or standard type.' },
  'recall-when-not-released': { text: 'The offender is not released, so cannot be recalled.' },
  'receives-communications-required': {
    text: 'Say whether this person receives letters and messages.',
    field: 'receivesCommunications',
  },
  'recipient-required': { text: 'Select who the representation was sent to.', field: 'sentTo' },
  'reconsideration-already-applied': {
    text: 'An application for reconsideration of this decision is already recorded.',
  },
  'reconsideration-before-decision': { text: 'The application cannot be dated before the decision.' },
  'reconsideration-decided-before-applied': { text: 'Record the application for reconsideration before its outcome.' },
  'reconsideration-not-available-for-sentence': {
    text: 'Parole Board decisions on this kind of sentence cannot be reconsidered.',
  },
  'reconsideration-not-for-open-conditions-advice': { text: 'Advice about open conditions cannot be reconsidered.' },
  'reconsideration-out-of-time': { text: 'It is too late to apply for reconsideration of this decision.' },
  'reconsideration-without-parole-decision': { text: 'Record the Parole Board decision first.' },
  'referral-before-sentence': { text: 'The referral cannot be dated before the sentence.', field: 'receivedOn' },
  'rejoin-before-withdrawal': { text: 'The victim cannot rejoin before the day they withdrew.' },
  'release-before-recall': { text: 'The release cannot be dated before custody began again.' },
  'release-needs-parole-direction': {
    text: 'This prisoner is only released on a Parole Board direction. Record the parole decision first.',
  },
  'release-referred-to-high-court': {
    text: 'The release direction was referred to the High Court. Wait for its decision.',
  },
  'removal-before-plan': { text: 'The removal cannot be before the day it was planned.' },
  'removal-route-does-not-fit': { text: 'This removal scheme does not fit this kind of sentence. Choose another.' },
  'reoffer-after-window': { text: 'It is too late to offer the scheme again.' },
  'reoffer-only-for-declined-or-unanswered': {
    text: 'The scheme is only offered again to a victim who said no or did not answer.',
  },
  'representation-already-submitted': { text: 'This representation is already recorded.' },
  'representation-before-sentence': { text: 'A representation cannot come before the sentence.' },
  'representation-not-found': { text: 'There is no such representation for this victim.' },
  'request-already-answered': { text: 'This request has already been answered.' },
  'request-already-made': { text: 'This request is already recorded.' },
  'request-already-open': {
    text: 'A request of this kind is still waiting for its answer. Record that answer first.',
    field: 'kind',
  },
  'request-before-sentence': { text: 'A request cannot be dated before the sentence.', field: 'madeOn' },
  'request-not-available-yet': { text: 'Victims could not make this request on that date.', field: 'kind' },
  'request-reference-required': { text: "Enter the erasure request's reference.", field: 'requestReference' },
  'retain-until-not-in-future': { text: 'The date to keep the data until must be after today.', field: 'retainUntil' },
  'retain-until-only-when-retaining': {
    text: 'A date to keep the data until is only given when keeping it.',
    field: 'retainUntil',
  },
  'retain-until-required': { text: 'Enter the date to keep the data until.', field: 'retainUntil' },
  'retention-period-not-ended': { text: 'The retention period has not ended yet.' },
  'retention-review-already-raised': { text: 'A retention review is already raised for this closure.' },
  'return-before-escape': { text: 'The return cannot be dated before the offender left custody.' },
  'return-before-removal': { text: 'The return cannot be dated before the offender left the UK.' },
  'return-before-temporary-release': { text: 'The return cannot be dated before the temporary release.' },
  'right-explained-before-sentence': { text: 'A right can only be explained once the sentence is passed.' },
  'safety-check-after-letter': { text: 'The safety check must be done on or before the day of the letter.' },
  'safety-check-out-of-date': {
    text: 'The contact details changed after the last safety check. Check again that it is safe.',
  },
  'safety-check-out-of-order': {
    text: 'A newer safety check is already recorded for this way of contacting the victim.',
    field: 'checkedOn',
  },
  'safety-check-required': { text: 'This victim has a safety flag: confirm it is safe before any letter is sent.' },
  'safety-flag-required': { text: 'Say whether there is a safety concern.', field: 'safetyCheckBeforeLetters' },
  'sentence-already-recorded': { text: 'This sentence is already recorded.' },
  'sentence-end-before-release': { text: 'The sentence cannot end before the release.' },
  'sentence-ended': { text: 'The sentence has ended, so no later stage can be recorded.' },
  'sentence-in-another-unit': {
    text: "This sentence is managed in another region. Its victims are referred to that region's unit.",
    field: 'sentenceId',
  },
  'sentence-in-future': { text: 'The sentence date cannot be in the future.', field: 'sentenceDate' },
  'sentence-not-found': { text: 'There is no such sentence.' },
  'sentence-not-linked': { text: 'The victim is not linked to this sentence.', field: 'sentenceId' },
  'sentence-suspended': { text: 'The sentence is suspended. Record its activation first.' },
  'set-aside-already-applied': { text: 'An application to set this decision aside is already recorded.' },
  'set-aside-before-decision': { text: 'The application cannot be dated before the decision.' },
  'set-aside-decided-before-applied': { text: 'Record the application to set the decision aside before its outcome.' },
  'set-aside-needs-final-decision': { text: 'Only a final decision can be set aside.' },
  'set-aside-not-for-open-conditions-advice': { text: 'Advice about open conditions cannot be set aside.' },
  'set-aside-without-parole-decision': { text: 'Record the Parole Board decision first.' },
  'sms-needs-mobile': { text: 'Enter a mobile number, or do not choose text message.', field: 'personal.mobile' },
  'stage-mismatch': { text: 'The letter must be about the same stage as the message.' },
  'stage-not-wanted': { text: 'The victim has not asked to hear about this stage.' },
  'stage-required': {
    text: 'Select the stage the letter is about, or a letter waiting to be drafted.',
    field: 'notificationId',
  },
  'statement-only-in-vps': {
    text: 'Statement text only goes in a Victim Personal Statement.',
    field: 'personal.statementText',
  },
  'suspended-term-too-long': { text: "A suspended sentence's custodial term is too long.", field: 'lengthMonths' },
  'text-required': { text: 'Enter the missing text.' },
  'text-too-long': { text: 'The text is too long.' },
  'time-window-backwards': {
    text: 'A time not to call must start before it ends. Split a time that crosses midnight in two.',
    field: 'personal.timesNotToCall',
  },
  'tribunal-decision-without-hearing': { text: 'Record the tribunal hearing before its decision.' },
  'unit-changed': { text: 'The case is now held by another unit.' },
  'unknown-acting-person': { text: 'There is no such person acting for the victim.' },
  'unknown-code': { text: 'Choose one of the options.' },
  'unknown-letter': { text: 'There is no such letter.' },
  'unknown-letter-stage': { text: 'There is no letter for this stage.', field: 'stage' },
  'unknown-notification': { text: 'There is no such message.' },
  'unknown-request': { text: 'There is no such request for this victim.' },
  'victim-already-referred': { text: 'This victim is already recorded.' },
  'victim-did-not-opt-out': { text: 'The victim has not said no or withdrawn.' },
  'victim-erased': { text: "The victim's personal data has been erased." },
  'victim-not-found': { text: 'There is no such victim.' },
  'victim-not-in-scheme': { text: 'The victim is not in the scheme.' },
  'victim-not-linked-to-sentence': { text: 'A victim named is not linked to this sentence.' },
  'victim-opted-out': { text: 'The victim said no to contact: only record contact from them.' },
  'victims-considered-required': {
    text: 'Select at least one victim the meeting considered.',
    field: 'victimsConsidered',
  },
  'vps-carries-no-conditions': { text: 'A Victim Personal Statement does not ask for licence conditions.' },
  'vps-text-required': { text: "Enter the Victim Personal Statement's text.", field: 'personal.statementText' },
  'vps-too-long': { text: 'The Victim Personal Statement is too long.', field: 'personal.statementText' },
  'welsh-translation-required': {
    text: 'The victim asked for letters in Welsh. Ask the Welsh Language Unit for a translation.',
  },
  'withdrawal-before-enrolment': { text: 'The withdrawal cannot be dated before the victim joined.' },
  'withdrawn-victim-rejoins': { text: 'The victim withdrew: record that they rejoined, not a new enrolment.' },
  'wrong-decision-maker': { text: 'This request goes to a different decision maker.' },
};

/** The API's own refusals that are not rules of the scheme. */
export const REQUEST_RULE_MESSAGES: Readonly<Record<string, RuleMessage>> = {
  'idempotency-key-reused': {
    text: 'These answers were already sent with different ones. Go back to the case and start again.',
  },
  'stale-revision': {
    text: 'Someone else changed this case after you opened the page. Go back to the case and try again.',
  },
};

/** The words for a rule code the API answered with, if it is one we know. */
export function ruleMessage(rule: string): RuleMessage | undefined {
  return Object.hasOwn(RULE_MESSAGES, rule)
    ? RULE_MESSAGES[rule as DomainRuleCode]
    : Object.hasOwn(REQUEST_RULE_MESSAGES, rule)
      ? REQUEST_RULE_MESSAGES[rule]
      : undefined;
}
