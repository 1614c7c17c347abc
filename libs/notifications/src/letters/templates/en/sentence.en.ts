import { LetterTemplate } from '../letter-template';
import { NOT_WHERE_HELD, QUESTIONS, SAFETY } from './shared-paragraphs.en';

const OUT_OF_CUSTODY_WORDS = {
  escaped: 'escaped from custody',
  absconded: 'absconded (left without permission)',
  'unlawfully-at-large': 'is unlawfully at large: not in custody when they should be',
  'absent-without-leave': 'is absent without leave from hospital',
} as const;

/** Escape and AWOL notices go by the fastest channel at once; this letter follows for the victim's records. */
const IF_IN_DANGER =
  'If you feel you are in danger, or you see the offender, call 999 straight away. The police know the offender is out of custody and are looking for them. I will phone you as soon as I can to talk about your safety.';

const APPEAL_OUTCOME_WORDS = {
  dismissed: 'dismissed the appeal, so the conviction and sentence stay as they were',
  'sentence-reduced':
    'reduced the sentence. I will write to you about what this means for the dates you have been told',
  'sentence-increased':
    'increased the sentence. I will write to you about what this means for the dates you have been told',
  'conviction-quashed':
    'quashed the conviction. This means the sentence no longer applies and the Victim Contact Scheme for this case ends',
  'retrial-ordered': 'ordered a retrial. The Witness Care Unit will contact you about the new trial',
} as const;

const REMOVAL_ROUTE_WORDS = {
  'early-removal-scheme':
    'under the early removal scheme, which lets the Home Office remove a foreign national prisoner from prison and from the United Kingdom before their release date',
  'tariff-expired-removal-scheme':
    'under the tariff-expired removal scheme, which lets the Home Office remove a foreign national prisoner serving an indeterminate sentence from the United Kingdom once their minimum term has been served',
  'deportation-order': 'under a deportation order, at the end of their time in custody',
} as const;

/** Stages of any sentence: escape and return to custody, appeals, the offender's death, deportation. */
export const SENTENCE_TEMPLATES_EN = {
  'escape-or-abscond': {
    subject: 'Urgent: the offender is out of custody',
    paragraphs: ({ date, need, person }) => {
      const { date: on, detail } = need('escape-or-abscond');
      return [
        `I am writing to confirm what we told you straight away: on ${date(on)} the ${person} in your case ${OUT_OF_CUSTODY_WORDS[detail.circumstance]}.`,
        IF_IN_DANGER,
        NOT_WHERE_HELD,
        QUESTIONS,
      ];
    },
  },
  'return-to-custody': {
    subject: 'The offender is back in custody',
    paragraphs: ({ date, need, person, place }) => [
      `I am writing to let you know that on ${date(need('return-to-custody').date)} the ${person} in your case was returned to ${place === 'hospital' ? 'hospital' : 'custody'}.`,
      NOT_WHERE_HELD,
      SAFETY,
      QUESTIONS,
    ],
  },
  appeal: {
    subject: 'Appeal',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('appeal');
      const against = detail.against ? ` against the ${detail.against}` : '';
      const what =
        detail.stage === 'lodged' || !detail.outcome
          ? `the offender lodged an appeal${against} on ${date(on)}. I will let you know the outcome.`
          : `on ${date(on)} the Court of Appeal ${APPEAL_OUTCOME_WORDS[detail.outcome]}.`;
      return [`I am writing to let you know that ${what}`, QUESTIONS];
    },
  },
  death: {
    subject: 'Important news about your case',
    paragraphs: ({ date, need, person }) => {
      const { date: on, detail } = need('death');
      return [
        `I am sorry to write to you with this news. The ${person} in your case died on ${date(on)}${detail.inCustody ? ', while in custody' : ''}.`,
        detail.inCustody
          ? 'Every death in custody is investigated independently by the Prisons and Probation Ombudsman, and there will be an inquest. I can tell you more about this if you would like.'
          : 'I understand this news may bring up difficult feelings. Support is available, and I can put you in touch with Victim Support or another service if that would help.',
        'This means the Victim Contact Scheme for this case will come to an end. If you would like to talk about this, please contact me using the details below.',
      ];
    },
  },
  'suspended-sentence-activated': {
    subject: 'The offender has been sent to custody',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('suspended-sentence-activated');
      return [
        `I am writing to let you know that on ${date(on)} the court activated the offender's suspended sentence${detail.activation === 'part' ? ' in part' : ''}, because they broke its conditions or committed another offence. The offender has gone to custody.`,
        'I will tell you about the key stages from now on, including when the offender is expected to be released and any licence conditions that relate to you. If you would like to ask for conditions, for example that the offender must not contact you, please contact me.',
        NOT_WHERE_HELD,
        QUESTIONS,
      ];
    },
  },
  'removal-planned': {
    subject: 'The offender may be removed from the United Kingdom',
    paragraphs: ({ date, need, person }) => {
      const { detail } = need('removal-planned');
      return [
        `I am writing to let you know that the ${person} in your case is due to be removed from the United Kingdom ${REMOVAL_ROUTE_WORDS[detail.route]}.`,
        detail.expectedOn
          ? `The removal is planned for ${date(detail.expectedOn)}. Plans like this can change; I will tell you when the removal has happened.`
          : 'There is no date for the removal yet. I will tell you when it has happened.',
        'If the offender comes back to the United Kingdom before their sentence ends, they can be returned to custody. I will tell you if that happens.',
        QUESTIONS,
      ];
    },
  },
  'transfer-abroad': {
    subject: 'The offender has been transferred abroad',
    paragraphs: ({ date, need, person }) => [
      `I am writing to let you know that on ${date(need('transfer-abroad').date)} the ${person} in your case was transferred to another country to serve the rest of their sentence there, under an agreement between the United Kingdom and that country.`,
      'I am not able to tell you which country. From now on the other country decides when the offender is released. If the offender comes back to the United Kingdom while the sentence still applies, I will tell you.',
      SAFETY,
      QUESTIONS,
    ],
  },
  'return-after-removal': {
    subject: 'Important: the offender is back in the United Kingdom and in custody',
    paragraphs: ({ date, need, person, place }) => [
      `I am writing to let you know that the ${person} in your case, who had been removed from the United Kingdom, came back and on ${date(need('return-after-removal').date)} was returned to ${place === 'hospital' ? 'hospital' : 'custody'} to serve the rest of the sentence.`,
      'This means the Victim Contact Scheme applies again as it did before: I will tell you about the key stages of the sentence, including any release and the licence conditions that relate to you.',
      NOT_WHERE_HELD,
      SAFETY,
      QUESTIONS,
    ],
  },
  deportation: {
    subject: 'Deportation',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the offender in your case was deported from the United Kingdom on ${date(need('deportation').date)}.`,
      SAFETY,
      QUESTIONS,
    ],
  },
} satisfies Record<string, LetterTemplate>;
