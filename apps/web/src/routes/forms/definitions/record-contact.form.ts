import { Schemas } from '../../../data/api-client';
import { code, date, FormDefinition, FormValues, optional, text } from '../form-definition';
import { CHANNEL_REASONS, CONTACT_METHODS, CONTACT_RESULTS, DIRECTIONS, NO_CHANNEL_REASON, today } from './options';

type ChannelReason = NonNullable<Schemas['RecordContactDto']['channelReason']>;

/** The reason the user chose, or none when they said none is needed. */
function channelReasonOf(values: FormValues): ChannelReason | undefined {
  const reason = text(values, 'channelReason');
  return reason === '' || reason === NO_CHANNEL_REASON ? undefined : (reason as ChannelReason);
}

/** A phone call, letter, visit or meeting with the victim, and what came of it. */
export const recordContactForm: FormDefinition = {
  slug: 'contact',
  title: 'Record a contact',
  intro:
    'Record every contact that happened. If you contacted the victim in a way they have not chosen (a call to a ' +
    'victim who chose letters, say), the contact is still recorded: say why you used it.',
  checkAnswers: false,
  submitText: 'Record the contact',
  confirmation: { title: 'Contact recorded', body: 'It is on the case timeline.' },
  fields: [
    { name: 'method', label: 'How', type: 'radios', options: CONTACT_METHODS, apiFields: ['method'] },
    {
      name: 'direction',
      label: 'Who started the contact',
      type: 'radios',
      options: DIRECTIONS,
      apiFields: ['direction'],
    },
    {
      name: 'channelReason',
      label: 'Why you contacted them this way',
      hint: 'Only when you started the contact and the victim has not chosen this way of being contacted',
      type: 'radios',
      options: CHANNEL_REASONS,
      apiFields: ['channelReason'],
      default: () => NO_CHANNEL_REASON,
    },
    {
      name: 'channelReasonDetail',
      label: 'The other reason (optional)',
      hint: 'Only for another reason',
      type: 'textarea',
      apiFields: ['personal.channelReasonDetail'],
    },
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
  detours: [
    {
      to: 'contact-preferences',
      scope: 'case',
      text: 'Update their contact preferences first',
      hint:
        'If the victim has changed how they want to be contacted, update their contact preferences first. What you ' +
        'have typed here is kept: you come back to it afterwards.',
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
        channelReason: channelReasonOf(values),
        personal: {
          summary: text(values, 'summary'),
          outcome: optional(text(values, 'outcome')),
          channelReasonDetail: optional(text(values, 'channelReasonDetail')),
        },
      },
    };
  },
};
