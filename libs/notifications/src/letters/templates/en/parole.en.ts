import { LetterTemplate } from '../letter-template';
import { LICENCE_CONDITIONS_OFFER, QUESTIONS, VPS_EXPLAINED } from './shared-paragraphs.en';

const DECISION_SUMMARY =
  'You have the right to ask the Parole Board for a summary of its decision, which explains the reasons. I can ask for it on your behalf; just let me know.';

const RECONSIDERATION =
  'Some parole decisions can be looked at again (reconsidered) if an application is made within 21 calendar days of the decision. You cannot apply yourself, but you can ask the Secretary of State to consider applying. If you want to do this, please contact me as soon as possible.';

/** Parole: eligibility, hearings with the Victim Personal Statement, decisions with the decision summary, reconsideration. */
export const PAROLE_TEMPLATES_EN = {
  'parole-eligibility': {
    subject: 'Parole eligibility date',
    paragraphs: ({ date, need }) => [
      `I am writing to let you know that the offender in your case will be eligible to be considered for release by the Parole Board from ${date(need('parole-eligibility').detail.paroleEligibilityDate)}.`,
      'This does not mean the offender will be released on that date. It is the earliest date the Parole Board can consider release. I will write to you when a review begins and tell you how you can take part.',
      QUESTIONS,
    ],
  },
  'parole-eligibility-upcoming': {
    subject: 'Parole review coming up',
    paragraphs: ({ date, need }) => [
      `The offender in your case will be eligible to be considered for release by the Parole Board from ${date(need('parole-eligibility').detail.paroleEligibilityDate)}, and the review is expected to start soon.`,
      ...VPS_EXPLAINED,
      LICENCE_CONDITIONS_OFFER,
      QUESTIONS,
    ],
  },
  'parole-hearing-listed': {
    subject: 'Parole Board hearing',
    paragraphs: ({ date, need }) => {
      const { hearingDate, hearingType } = need('parole-hearing-listed').detail;
      return [
        `The Parole Board has listed ${hearingType === 'oral' ? 'an oral hearing' : 'a review on the papers'} of the offender's case for ${date(hearingDate)}.`,
        ...VPS_EXPLAINED,
        LICENCE_CONDITIONS_OFFER,
        'Please contact me as soon as you can if you would like to make a statement or ask for conditions, so that there is time to send them to the Parole Board before the hearing.',
      ];
    },
  },
  'parole-hearing-upcoming': {
    subject: 'Parole Board hearing coming up',
    paragraphs: ({ date, need }) => [
      `This is a reminder that the Parole Board will consider the offender's case on ${date(need('parole-hearing-listed').detail.hearingDate)}.`,
      'If you would still like to make a Victim Personal Statement or ask for licence conditions that relate to you, please contact me straight away so that I can send them before the hearing.',
      QUESTIONS,
    ],
  },
  'parole-decision': {
    subject: 'Parole Board decision',
    paragraphs: ({ date, need }) => {
      const decision = need('parole-decision');
      const { outcome, nextReviewDate } = decision.detail;
      const what =
        outcome === 'release'
          ? 'has directed that the offender be released on licence. I will write to you again about the release and about the licence conditions that relate to you.'
          : outcome === 'no-release'
            ? 'has decided that the offender should not be released.' + (nextReviewDate ? ` The next review is due by ${date(nextReviewDate)}.` : '')
            : 'has decided not to release the offender, but has recommended a move to open conditions (a lower-security prison). The Secretary of State will decide whether to accept this and I will let you know.';
      return [`I am writing to let you know that on ${date(decision.date)} the Parole Board ${what}`, DECISION_SUMMARY, RECONSIDERATION, QUESTIONS];
    },
  },
  reconsideration: {
    subject: 'Reconsideration of the parole decision',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('reconsideration');
      const what =
        detail.stage === 'applied'
          ? `an application was made on ${date(on)} for the Parole Board's decision to be reconsidered. The decision cannot take effect while the application is being looked at.`
          : detail.outcome === 'granted'
            ? `on ${date(on)} the Parole Board agreed to reconsider its decision. The case will be looked at again and the earlier decision no longer stands.`
            : `on ${date(on)} the application to reconsider the Parole Board's decision was refused, so the decision stands.`;
      return [`I am writing to let you know that ${what}`, 'I will write to you again when there is more news.', QUESTIONS];
    },
  },
} satisfies Record<string, LetterTemplate>;
