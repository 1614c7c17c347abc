import { date, FormDefinition, optional, text } from '../form-definition';
import { today } from './options';
import { enrolmentOfficer } from './enrolment-officer';
import { loadOfficers } from './officer-choice';

/** The victim said no to the scheme: they are not written to again unless they come back. */
export const declineForm: FormDefinition = {
  slug: 'decline',
  title: 'Record that the victim declined',
  checkAnswers: true,
  submitText: 'Record that they declined',
  confirmation: { title: 'Decline recorded', body: 'They will not be written to unless they rejoin.' },
  fields: [
    { name: 'declinedOn', label: 'Date they declined', type: 'date', apiFields: ['declinedOn'], default: today },
    { name: 'reason', label: 'Their reason (optional)', type: 'textarea', apiFields: ['personal.reason', 'personal'] },
  ],
  command: (values, context) => ({
    kind: 'decline',
    victimId: context.victim?.victimId ?? '',
    body: {
      declinedOn: date(values, 'declinedOn'),
      personal: optional(text(values, 'reason')) ? { reason: text(values, 'reason') } : undefined,
    },
  }),
};

/** The victim left the scheme after joining it. */
export const withdrawForm: FormDefinition = {
  slug: 'withdraw',
  title: 'Record that the victim withdrew',
  checkAnswers: true,
  submitText: 'Record that they withdrew',
  confirmation: { title: 'Withdrawal recorded', body: 'They will not be written to unless they rejoin.' },
  fields: [
    { name: 'withdrewOn', label: 'Date they withdrew', type: 'date', apiFields: ['withdrewOn'], default: today },
    { name: 'reason', label: 'Their reason (optional)', type: 'textarea', apiFields: ['personal.reason', 'personal'] },
  ],
  command: (values, context) => ({
    kind: 'withdraw',
    victimId: context.victim?.victimId ?? '',
    body: {
      withdrewOn: date(values, 'withdrewOn'),
      personal: optional(text(values, 'reason')) ? { reason: text(values, 'reason') } : undefined,
    },
  }),
};

/** The victim came back to the scheme after declining or withdrawing. */
export const rejoinForm: FormDefinition = {
  slug: 'rejoin',
  title: 'Record that the victim rejoined',
  checkAnswers: true,
  submitText: 'Record that they rejoined',
  confirmation: { title: 'Rejoining recorded', body: 'They will hear about the key stages they choose again.' },
  fields: [
    { name: 'rejoinedOn', label: 'Date they rejoined', type: 'date', apiFields: ['rejoinedOn'], default: today },
    ...enrolmentOfficer(),
  ],
  load: loadOfficers,
  command: (values, context) => ({
    kind: 'rejoin',
    victimId: context.victim?.victimId ?? '',
    body: { rejoinedOn: date(values, 'rejoinedOn'), victimLiaisonOfficerId: text(values, 'victimLiaisonOfficerId') },
  }),
};

/** A child victim, now 18: contact is with them, no longer with their parent or guardian (docs/DOMAIN-RULES.md §4.12). */
export const contactHandoverForm: FormDefinition = {
  slug: 'contact-handover',
  title: 'Record that contact is now with the victim',
  intro:
    'Use this when a victim referred as a child has turned 18 and you have offered the scheme to them directly. From now on letters and calls go to them, not to their parent or guardian.',
  checkAnswers: true,
  submitText: 'Record that contact is now with them',
  confirmation: {
    title: 'Contact handed to the victim',
    body: 'Letters and calls now go to the victim. Record their own contact preferences next if they have given them.',
  },
  fields: [
    {
      name: 'handedOverOn',
      label: 'Date contact passed to the victim',
      type: 'date',
      apiFields: ['handedOverOn'],
      default: today,
    },
  ],
  command: (values, context) => ({
    kind: 'contact-handover',
    victimId: context.victim?.victimId ?? '',
    body: { handedOverOn: date(values, 'handedOverOn') },
  }),
};
