import { code, date, FormDefinition, optional, text } from '../form-definition';
import { CONTACT_METHODS, CONTACT_RESULTS, DIRECTIONS, today } from './options';

/** A phone call, letter, visit or meeting with the victim, and what came of it. */
export const recordContactForm: FormDefinition = {
  slug: 'contact',
  title: 'Record a contact',
  checkAnswers: false,
  submitText: 'Record the contact',
  confirmation: { title: 'Contact recorded', body: 'It is on the case timeline.' },
  fields: [
    { name: 'method', label: 'How', type: 'radios', options: CONTACT_METHODS, apiFields: ['method'] },
    { name: 'direction', label: 'Who made contact', type: 'radios', options: DIRECTIONS, apiFields: ['direction'] },
    { name: 'result', label: 'What happened', type: 'radios', options: CONTACT_RESULTS, apiFields: ['result'] },
    { name: 'occurredOn', label: 'Date of the contact', type: 'date', apiFields: ['occurredOn'], default: today },
    {
      name: 'summary',
      label: 'Summary',
      hint: 'What was said. Do not write where the victim lives or works.',
      type: 'textarea',
      apiFields: ['personal.summary', 'personal'],
    },
    { name: 'outcome', label: 'Outcome (optional)', type: 'textarea', apiFields: ['personal.outcome'] },
    { name: 'followUpOn', label: 'Follow up on (optional)', type: 'date', apiFields: ['followUpOn'] },
    {
      name: 'safetyCheckedOn',
      label: 'Date you checked it was safe to write (optional)',
      hint: 'For a letter to a victim with a safety flag: the day you checked',
      type: 'date',
      apiFields: ['safetyCheck'],
    },
  ],
  command(values, context) {
    const checkedOn = date(values, 'safetyCheckedOn');
    return {
      kind: 'record-contact',
      victimId: context.victim?.victimId ?? '',
      body: {
        contactId: context.newId,
        method: code(values, 'method'),
        direction: code(values, 'direction'),
        result: code(values, 'result'),
        occurredOn: date(values, 'occurredOn'),
        followUpOn: optional(date(values, 'followUpOn')),
        safetyCheck: checkedOn ? { checkedBy: context.userId, checkedOn } : undefined,
        personal: { summary: text(values, 'summary'), outcome: optional(text(values, 'outcome')) },
      },
    };
  },
};
