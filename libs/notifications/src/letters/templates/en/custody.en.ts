import { LetterTemplate } from '../letter-template';
import { CONDITION_WORDS, NOT_WHERE_HELD, QUESTIONS, SAFETY } from './shared-paragraphs.en';

const conditionList = (conditions: readonly string[]): string =>
  conditions.map((kind) => CONDITION_WORDS[kind] ?? CONDITION_WORDS.other).join('; ');

/** Prison sentences: moves between conditions, temporary release, curfew, release, licence and its conditions, recall. */
const CATEGORY_WORDS = {
  'category-a': 'category A, the highest security',
  'category-b': 'category B, high security',
  'category-c': 'category C, a closed prison with less security',
  'category-d': 'category D, open conditions, the lowest security',
  'restricted-status': 'restricted status, the highest security',
  closed: 'closed conditions',
  open: 'open conditions, the lowest security',
} as const;

const DIRECTION_WORDS = {
  'transfer-direction':
    'was moved from prison to a hospital for treatment under the Mental Health Act (a transfer direction)',
  'hospital-and-limitation-direction':
    'was sent by the court to a hospital for treatment under the Mental Health Act, as well as being given a prison sentence (a hospital and limitation direction)',
} as const;

export const CUSTODY_TEMPLATES_EN = {
  'prison-transfer': {
    subject: 'Move to another prison',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that on ${date(need('prison-transfer').date)} the offender in your case moved to another prison. Moves between prisons happen for many reasons and do not change the sentence.`,
      NOT_WHERE_HELD,
      QUESTIONS,
    ],
  },
  recategorisation: {
    subject: "Change to the offender's security category",
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('recategorisation');
      return [
        `I am writing to let you know that on ${date(on)} the offender in your case was given a new security category: ${CATEGORY_WORDS[detail.category]}.`,
        'The category decides the level of security the offender is held in. It does not change the release date.',
        NOT_WHERE_HELD,
        QUESTIONS,
      ];
    },
  },
  'hospital-direction': {
    subject: 'The offender is in hospital',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('hospital-direction');
      return [
        `I am writing to let you know that on ${date(on)} the offender in your case ${DIRECTION_WORDS[detail.basis]}.`,
        detail.restricted
          ? 'The Secretary of State for Justice must agree before the offender has leave from the hospital, moves to another hospital or is discharged. The prison sentence still applies.'
          : 'The prison sentence still applies.',
        'I will keep telling you about the stages you asked to hear about, including any conditions that relate to you if the offender leaves hospital. I am not able to tell you which hospital.',
        QUESTIONS,
      ];
    },
  },
  'remitted-to-prison': {
    subject: 'The offender is back in prison',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that on ${date(need('remitted-to-prison').date)} the offender in your case was returned from hospital to prison to carry on with the sentence.`,
      NOT_WHERE_HELD,
      QUESTIONS,
    ],
  },
  'open-conditions-eligibility': {
    subject: 'Eligibility for open conditions',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the offender in your case can be considered for a move to open conditions from ${date(need('open-conditions-eligibility').detail.eligibleFrom)}. Open conditions are prisons with lower security, where prisoners get ready for release.`,
      'This does not mean the offender will move then: it is the earliest date a move can be considered. I will tell you if the offender does move.',
      QUESTIONS,
    ],
  },
  'open-conditions-eligibility-upcoming': {
    subject: 'Open conditions: eligibility coming up',
    paragraphs: ({ date, need }) => [
      `The offender in your case can be considered for a move to open conditions from ${date(need('open-conditions-eligibility').detail.eligibleFrom)}.`,
      'If you have concerns about a move, or would like to talk about your safety, please contact me now so that your views can be taken into account.',
      SAFETY,
      QUESTIONS,
    ],
  },
  'transfer-to-open-conditions': {
    subject: 'Move to open conditions',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that on ${date(need('transfer-to-open-conditions').date)} the offender in your case moved to open conditions. Open conditions are prisons with lower security, where prisoners get ready for release and may be allowed out for short periods.`,
      NOT_WHERE_HELD,
      SAFETY,
      QUESTIONS,
    ],
  },
  'return-to-closed-conditions': {
    subject: 'Return to closed conditions',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that on ${date(need('return-to-closed-conditions').date)} the offender in your case was returned from open conditions to closed conditions, which have higher security.`,
      NOT_WHERE_HELD,
      QUESTIONS,
    ],
  },
  'release-on-temporary-licence': {
    subject: 'Release on temporary licence',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('release-on-temporary-licence');
      return [
        `I am writing to let you know that the offender in your case has been allowed out of prison on temporary licence from ${date(on)}` +
          (detail.returnDate ? `, and is due back by ${date(detail.returnDate)}.` : '.') +
          ' Temporary release is used to help prisoners prepare for life after release, and it comes with conditions.',
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'home-detention-curfew': {
    subject: 'Release on home detention curfew',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the offender in your case was released on home detention curfew on ${date(need('home-detention-curfew').date)}. This means the offender must stay at an approved address during set hours and wears an electronic tag.`,
      'The offender is on licence and can be recalled to prison if the conditions are broken.',
      SAFETY,
      QUESTIONS,
    ],
  },
  'release-on-licence': {
    subject: 'Release from prison',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the offender in your case was released from prison on licence on ${date(need('release-on-licence').date)}.`,
      'Being on licence means the offender is supervised by the Probation Service and must keep to the licence conditions. The offender can be recalled to prison if they break them. I will write to you about the conditions that relate to you.',
      SAFETY,
      QUESTIONS,
    ],
  },
  'licence-conditions-set': {
    subject: 'Licence conditions',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('licence-conditions-set');
      return [
        `I am writing to let you know the licence conditions that relate to you. From ${date(on)} the offender must keep to these conditions: ${conditionList(detail.conditions)}.`,
        `These conditions last until ${date(detail.conditionsEndDate)}. After that date they no longer apply. I will write to you before they end.`,
        'If the offender breaks any of these conditions, please tell the police and let me know. A breach can lead to recall to prison.',
        SAFETY,
      ];
    },
  },
  'licence-conditions-end-upcoming': {
    subject: 'Your licence conditions are coming to an end',
    paragraphs: ({ date, need }) => [
      `I am writing to remind you that the licence conditions that relate to you end on ${date(need('licence-conditions-set').detail.conditionsEndDate)}. After that date the offender no longer has to keep to them.`,
      'If you are worried about what this means for you, please contact me before that date so that we can talk about it.',
      SAFETY,
    ],
  },
  'licence-conditions-end': {
    subject: 'Your licence conditions have ended',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the licence conditions that relate to you ended on ${date(need('licence-conditions-set').detail.conditionsEndDate)}.`,
      SAFETY,
      QUESTIONS,
    ],
  },
  recall: {
    subject: 'Recall',
    paragraphs: ({ date, need, place, person }) => [
      `I am writing to let you know that on ${date(need('recall').date)} the ${person} in your case was recalled to ${place}.`,
      place === 'hospital'
        ? 'This means the patient is back in hospital. I will let you know about any further decisions you have asked to hear about.'
        : need('recall').detail.recallType === 'fixed-term'
          ? `This means the offender is back in custody for a fixed period and will be released again automatically${need('recall').detail.reReleaseDate ? ` on ${date(need('recall').detail.reReleaseDate as string)}` : ' at the end of it'}. I will tell you about any licence conditions that relate to you before then.`
          : 'This means the offender is back in custody. The Parole Board may review the recall, and I will write to you if there is a review you can take part in.',
      NOT_WHERE_HELD,
      QUESTIONS,
    ],
  },
  'licence-end': {
    subject: 'End of licence',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the offender's licence ended on ${date(need('licence-end').date)}. The Probation Service no longer supervises the offender and any licence conditions no longer apply.`,
      SAFETY,
      QUESTIONS,
    ],
  },
  'sentence-end': {
    subject: 'End of sentence',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the offender's sentence ended on ${date(need('sentence-end').date)}. This is the last letter you will receive from the Victim Contact Scheme about this sentence.`,
      SAFETY,
      'Thank you for taking part in the scheme. If you have any questions, please contact me using the details below.',
    ],
  },
  'release-date-changed': {
    subject: 'Change to the expected release date',
    paragraphs: ({ month, need }) => {
      const { detail } = need('release-date-changed');
      return [
        `I am writing to let you know that the offender's expected month of release has changed. The offender is now expected to be released in ${month(detail.expectedReleaseDate)}.`,
        detail.reason === 'change-in-law'
          ? 'This is because the law on when prisoners are released has changed, and it applies to this sentence. It is not a decision about the offender or about you. I will write to you again before the release, and you can still ask for licence conditions that relate to you.'
          : 'This can happen, for example, when extra days are added to a sentence for breaking prison rules. I will write to you again before the release.',
        QUESTIONS,
      ];
    },
  },
  'release-month': {
    subject: 'Expected month of release',
    paragraphs: ({ month, need }) => [
      `I am writing to let you know that the offender in your case is expected to be released in ${month(need('release-date-changed').detail.expectedReleaseDate)}.`,
      'I will write to you about the licence conditions that relate to you. If you would like to ask for conditions, for example that the offender must not contact you, please contact me as soon as possible.',
      SAFETY,
    ],
  },
} satisfies Record<string, LetterTemplate>;
