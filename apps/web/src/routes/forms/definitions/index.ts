import { FormDefinition } from '../form-definition';
import { contactPreferencesForm } from './contact-preferences.form';
import { draftLetterForm } from './draft-letter.form';
import { enrolForm } from './enrol.form';
import { receiveReferralForm } from './receive-referral.form';
import { recordContactForm } from './record-contact.form';
import { recordSentenceForm } from './record-sentence.form';
import { safetyCheckForm } from './safety-check.form';
import { MILESTONE_FORMS } from './record-milestone.form';
import { answerRequestForm, recordRequestForm, rightExplainedForm } from './victim-requests.form';
import { recordMeetingForm } from './record-meeting.form';
import { submitRepresentationForm } from './submit-representation.form';
import { contactHandoverForm, declineForm, rejoinForm, withdrawForm } from './scheme-changes.form';
import { allocateForm, grantAccessForm, transferForm } from './case-access.form';

/** Forms that create a record of their own (no case yet). */
export const NEW_RECORD_FORMS: readonly FormDefinition[] = [recordSentenceForm, receiveReferralForm];

/** Forms about one victim's case, at /cases/:victimId/<slug>. */
export const CASE_FORMS: readonly FormDefinition[] = [
  enrolForm,
  declineForm,
  withdrawForm,
  rejoinForm,
  contactHandoverForm,
  recordContactForm,
  contactPreferencesForm,
  safetyCheckForm,
  submitRepresentationForm,
  ...MILESTONE_FORMS,
  recordMeetingForm,
  recordRequestForm,
  answerRequestForm,
  rightExplainedForm,
  draftLetterForm,
  allocateForm,
  transferForm,
  grantAccessForm,
];
