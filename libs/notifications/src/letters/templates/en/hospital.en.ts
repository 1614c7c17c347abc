import { LetterTemplate } from '../letter-template';
import { CONDITION_WORDS, NOT_WHERE_HELD, QUESTIONS, SAFETY } from './shared-paragraphs.en';

const conditionList = (conditions: readonly string[]): string =>
  conditions.map((kind) => CONDITION_WORDS[kind] ?? CONDITION_WORDS.other).join('; ');

const LEAVE_WORDS = {
  escorted: 'escorted leave, which means the patient is accompanied by hospital staff',
  unescorted: 'unescorted leave, which means the patient may leave the hospital grounds without staff for set periods',
  overnight: 'overnight leave, which means the patient may spend nights away from the hospital',
} as const;

const SECURITY_WORDS = {
  lower: 'a lower level of security',
  same: 'the same level of security',
  higher: 'a higher level of security',
} as const;

/** Hospital orders: leave, transfer (never where to), tribunal hearings and decisions, discharge. */
export const HOSPITAL_TEMPLATES_EN = {
  'hospital-leave': {
    subject: 'Leave from hospital',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('hospital-leave');
      return [
        `I am writing to let you know that from ${date(on)} the patient in your case has been allowed ${LEAVE_WORDS[detail.leaveType]}.`,
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'hospital-transfer': {
    subject: 'Move to another hospital',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('hospital-transfer');
      return [
        `I am writing to let you know that on ${date(on)} the patient in your case moved to a hospital with ${SECURITY_WORDS[detail.security]}.`,
        NOT_WHERE_HELD,
        QUESTIONS,
      ];
    },
  },
  'tribunal-hearing-listed': {
    subject: 'Mental Health Tribunal hearing',
    paragraphs: ({ date, need }) => [
      `The Mental Health Tribunal will hear the patient's case on ${date(need('tribunal-hearing-listed').detail.hearingDate)}. The Tribunal can decide whether the patient should be discharged from hospital.`,
      'You can make a written representation about the conditions that should apply if the patient is discharged, for example that the patient must not contact you, or must stay out of an area where you live or work. I can help you write it and will send it to the Tribunal.',
      "I can also ask for a summary of the Tribunal's decision for you. Some medical information is confidential and cannot be shared.",
      'Please contact me as soon as you can if you would like to make a representation, so that it reaches the Tribunal before the hearing.',
    ],
  },
  'tribunal-hearing-upcoming': {
    subject: 'Mental Health Tribunal hearing coming up',
    paragraphs: ({ date, need }) => [
      `This is a reminder that the Mental Health Tribunal will hear the patient's case on ${date(need('tribunal-hearing-listed').detail.hearingDate)}.`,
      'If you would still like to make a written representation about conditions of discharge, please contact me straight away.',
      QUESTIONS,
    ],
  },
  'tribunal-decision': {
    subject: 'Mental Health Tribunal decision',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('tribunal-decision');
      const what = {
        'not-discharged': 'decided that the patient should stay in hospital.',
        'conditional-discharge':
          'decided that the patient can be discharged from hospital with conditions. I will write to you about the conditions that relate to you.',
        'deferred-conditional-discharge':
          'decided that the patient can be discharged with conditions once arrangements are in place. The patient stays in hospital until then, and I will let you know when the discharge happens.',
        'absolute-discharge':
          'decided that the patient should be discharged from hospital without conditions. The hospital order no longer applies.',
      }[detail.outcome];
      return [
        `I am writing to let you know that on ${date(on)} the Mental Health Tribunal ${what}`,
        'I can ask for a summary of the decision for you; just let me know.',
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'conditional-discharge': {
    subject: 'Discharge from hospital with conditions',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('conditional-discharge');
      return [
        `I am writing to let you know that the patient in your case was discharged from hospital on ${date(on)}, with conditions.`,
        `The conditions that relate to you are: ${conditionList(detail.conditions)}. The patient can be recalled to hospital if needed.`,
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'absolute-discharge': {
    subject: 'Absolute discharge from hospital',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the patient in your case was discharged from hospital without conditions on ${date(need('absolute-discharge').date)}. The hospital order has ended, so this is the last letter you will receive from the Victim Contact Scheme about it.`,
      SAFETY,
      QUESTIONS,
    ],
  },
  'discharge-conditions-varied': {
    subject: 'Change to the conditions of discharge',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('discharge-conditions-varied');
      return [
        `I am writing to let you know that on ${date(on)} the conditions the patient in your case must keep to in the community were changed.`,
        `The conditions that now relate to you are: ${conditionList(detail.conditions)}. The patient can still be recalled to hospital if needed.`,
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'restrictions-lifted': {
    subject: 'Restrictions lifted',
    paragraphs: ({ date, need, person }) => [
      `I am writing to let you know that from ${date(need('restrictions-lifted').date)} the special restrictions on the ${person} in your case have ended. This means that the Secretary of State for Justice no longer has to agree to the ${person}'s leave, moves or discharge: the hospital decides.`,
      `The ${person} stays in hospital for now. After this, the law gives you fewer rights to information, but I will tell you what I can, and you can contact me at any time.`,
      SAFETY,
      QUESTIONS,
    ],
  },
} satisfies Record<string, LetterTemplate>;
