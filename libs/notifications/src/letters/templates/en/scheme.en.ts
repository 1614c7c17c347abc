import { LetterTemplate } from '../letter-template';
import { QUESTIONS } from './shared-paragraphs.en';

/** The service's own letters: the first offer of the scheme, and the yearly letter. */
export const SCHEME_TEMPLATES_EN = {
  'initial-contact': {
    subject: 'The Victim Contact Scheme',
    paragraphs: ({ person }) => [
      'I am your Victim Liaison Officer from the Probation Service. I am writing because the court has sentenced the ' +
        `${person} in your case, and you can choose to join the Victim Contact Scheme.`,
      'If you join, I will tell you about important stages of the sentence, such as when release is being considered and when release happens. ' +
        'You can choose to hear about every key stage, only about the month of release, or to have one letter a year.',
      'You may also be able to give your views on conditions that relate to you, for example that the offender must not contact you, and to make a Victim Personal Statement if the Parole Board reviews the case.',
      'I would like to offer you a visit, or we can talk by phone, to explain the scheme and answer your questions. It is your choice: you can join now, later, or not at all, and you can leave the scheme at any time.',
      'Please contact me using the details below to let me know what you would like to do.',
    ],
  },
  'annual-contact': {
    subject: 'Your yearly update from the Victim Contact Scheme',
    paragraphs: ({ person }) => [
      `I am writing with your yearly update about the ${person} in your case, as you asked when you joined the Victim Contact Scheme.`,
      'There has been no change during the year that you asked to be told about straight away. If anything important happens before your next yearly letter, and you have asked to hear about it, I will write to you.',
      'If your address, phone number or choices have changed, or you would now like to hear about every key stage, please let me know.',
      QUESTIONS,
    ],
  },
} satisfies Record<string, LetterTemplate>;
