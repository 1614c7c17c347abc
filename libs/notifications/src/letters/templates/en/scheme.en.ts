import { requestAnswerParagraphs, requestAnswerSubject } from '../../../rendering/request-answer-words';
import { LetterTemplate, TemplateContext } from '../letter-template';
import { yearInReview } from '../year-in-review';
import { CUSTODY_TEMPLATES_EN } from './custody.en';
import { HOSPITAL_TEMPLATES_EN } from './hospital.en';
import { PAROLE_TEMPLATES_EN } from './parole.en';
import { SENTENCE_TEMPLATES_EN } from './sentence.en';
import { QUESTIONS } from './shared-paragraphs.en';

const STAGE_SUBJECTS: Readonly<Record<string, { readonly subject: string }>> = {
  ...PAROLE_TEMPLATES_EN,
  ...CUSTODY_TEMPLATES_EN,
  ...HOSPITAL_TEMPLATES_EN,
  ...SENTENCE_TEMPLATES_EN,
};

/** The year's facts in plain English (issue 17): what was recorded, where the offender is in the sentence, the dates ahead. */
function yearParagraphs({ facts, date, month, person }: TemplateContext): string[] {
  const year = yearInReview(facts);
  const since = facts.yearFrom ? ` since ${date(facts.yearFrom)}` : '';
  const happened = year.changes.length
    ? `This is what has happened${since}:\n${year.changes.map((c) => `- ${date(c.date)}: ${STAGE_SUBJECTS[c.kind]?.subject ?? c.kind.replace(/-/g, ' ')}`).join('\n')}`
    : `No new stage of the sentence has been recorded${since}.`;
  const ahead = [
    year.inOpenConditions ? `The ${person} is in open conditions (a lower-security prison).` : undefined,
    year.expectedRelease ? `The offender is expected to be released in ${month(year.expectedRelease)}.` : undefined,
    year.paroleEligibility
      ? `The ${person} can be considered for parole from ${date(year.paroleEligibility)}.`
      : undefined,
    year.hearing ? `The Parole Board will consider the case on ${date(year.hearing)}.` : undefined,
    year.nextReview ? `The next parole review is due by ${date(year.nextReview)}.` : undefined,
  ].filter((line): line is string => line !== undefined);
  return [happened, ...(ahead.length ? [ahead.join(' ')] : [])];
}

/** The service's own letters: the first offer of the scheme, and the yearly letter. */
export const SCHEME_TEMPLATES_EN = {
  'initial-contact': {
    subject: 'The Victim Contact Scheme',
    subjectOf: (facts) => (facts.scheme === 'vns' ? 'The Victim Notification Scheme' : 'The Victim Contact Scheme'),
    paragraphs: ({ person, facts }) =>
      facts.scheme === 'vns'
        ? [
            'I am writing from the Probation Service because the court has sentenced the ' +
              `${person} in your case to a short prison sentence, and you can choose to join the Victim Notification Scheme.`,
            'If you join, we will tell you when the offender is due to be released and about any licence conditions that relate to you, for example that the offender must not contact you or must stay away from an area. We can also tell you when those conditions end.',
            'Because the sentence is short, release may not be far away. If you would like to join, please contact us as soon as you can and tell us how you would like to hear from us: by letter, email, text or phone.',
            'It is your choice: you can join now, later, or not at all, and you can leave the scheme at any time.',
            QUESTIONS,
          ]
        : [
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
    paragraphs: (context) => [
      `I am writing with your yearly update about the ${context.person} in your case, as you asked when you joined the Victim Contact Scheme.`,
      ...yearParagraphs(context),
      'Whatever happens, I will write to you straight away if the offender is released, recalled, or gets out of custody, and about any licence conditions that relate to you.',
      'If your address, phone number or choices have changed, or you would now like to hear about every key stage, please let me know.',
      QUESTIONS,
    ],
  },
  // The answer to the victim's own request (issue 17): what they asked for, the answer and why; nothing about places.
  'request-answered': {
    subject: requestAnswerSubject('en'),
    paragraphs: ({ needRequest }) => [
      'I am writing with the answer to a request you made through the Victim Contact Scheme.',
      ...requestAnswerParagraphs(needRequest(), 'en'),
      QUESTIONS,
    ],
  },
} satisfies Record<string, LetterTemplate>;
