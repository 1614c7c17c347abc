import { code, date, FormDefinition } from '../form-definition';
import { CHANNELS, today } from './options';

/** The officer checked it is safe to write to a victim with a safety flag (the letter may then go). */
export const safetyCheckForm: FormDefinition = {
  slug: 'safety-check',
  title: 'Confirm it is safe to write',
  intro: 'Only confirm this after speaking to the victim about whether it is safe to send them a letter or message.',
  checkAnswers: true,
  submitText: 'Confirm it is safe',
  confirmation: { title: 'Safety check recorded', body: 'Letters waiting for this check can go.' },
  fields: [
    {
      name: 'channel',
      label: 'Which way of contacting them you checked',
      type: 'radios',
      options: CHANNELS,
      apiFields: ['channel'],
    },
    { name: 'confirmedOn', label: 'Date you checked', type: 'date', apiFields: ['confirmedOn'], default: today },
  ],
  command: (values, context) => ({
    kind: 'safety-check',
    victimId: context.victim?.victimId ?? '',
    body: { channel: code(values, 'channel'), confirmedOn: date(values, 'confirmedOn') },
  }),
};
