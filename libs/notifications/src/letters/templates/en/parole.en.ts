import { paroleHearingDate } from '../hearing-date';
import { LetterTemplate } from '../letter-template';
import { LICENCE_CONDITIONS_OFFER, QUESTIONS, VPS_EXPLAINED } from './shared-paragraphs.en';

const DECISION_SUMMARY =
  'You have the right to ask the Parole Board for a summary of its decision, which explains the reasons. I can ask for it on your behalf; just let me know.';

const RECONSIDERATION =
  'This decision is provisional. It can be looked at again (reconsidered) if the offender or the Secretary of State applies within 21 days of the decision being sent to them. You cannot apply yourself, but you can ask the Secretary of State to consider applying. If you want to do this, please contact me as soon as possible. I will tell you when the decision is final.';

/** Parole Board Rules 2019 r.28(2): a decision on a sentence outside the list, or advice on open conditions, cannot be reconsidered. */
const NOT_RECONSIDERABLE = 'This decision cannot be reconsidered under the Parole Board Rules.';

/** Decisions recorded before the service knew which could be reconsidered: the old, careful wording. */
const MAY_BE_RECONSIDERED =
  'Some parole decisions can be looked at again (reconsidered) if an application is made within 21 days of the decision being sent to the parties. I will tell you if an application is made in this case, and when the decision is final.';

/** Victims and Prisoners Act 2024: release decisions in the most serious cases may be referred to the High Court. */
const HIGH_COURT =
  'In the most serious cases the Secretary of State can also ask for a decision to release to be referred to the High Court, which decides again whether the offender should be released. If that happens I will let you know.';

function reconsiderationParagraphs(
  outcome: 'release' | 'no-release' | 'open-conditions-recommended',
  reconsiderable: boolean | undefined,
): string[] {
  if (outcome === 'open-conditions-recommended') return [];
  const first =
    reconsiderable === true ? RECONSIDERATION : reconsiderable === false ? NOT_RECONSIDERABLE : MAY_BE_RECONSIDERED;
  return outcome === 'release' ? [first, HIGH_COURT] : [first];
}

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
    paragraphs: ({ date, need, facts }) => [
      `This is a reminder that the Parole Board will consider the offender's case on ${date(paroleHearingDate({ facts, need }))}.`,
      'If you would still like to make a Victim Personal Statement or ask for licence conditions that relate to you, please contact me straight away so that I can send them before the hearing.',
      QUESTIONS,
    ],
  },
  'parole-hearing-postponed': {
    subject: 'Parole Board hearing put off',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('parole-hearing-postponed');
      const what = detail.postponement === 'deferred' ? 'deferred (put off before the day)' : 'adjourned';
      return [
        `I am writing to let you know that on ${date(on)} the Parole Board ${what} the hearing of the offender's case. It will not go ahead on the date I gave you before.`,
        detail.newHearingDate !== undefined
          ? `The new date is ${date(detail.newHearingDate)}.`
          : 'There is no new date yet. I will write to you again as soon as the Parole Board sets one.',
        'Anything you have already sent, such as a Victim Personal Statement or a request for licence conditions, stays with the Parole Board. If you had arranged to attend, observe or have your statement read, I will help you arrange it again for the new date.',
        QUESTIONS,
      ];
    },
  },
  'parole-decision': {
    subject: 'Parole Board decision',
    paragraphs: ({ date, need }) => {
      const decision = need('parole-decision');
      const { outcome, nextReviewDate, reconsiderable } = decision.detail;
      const what =
        outcome === 'release'
          ? 'has directed that the offender be released on licence. The release has not happened yet. I will write to you again about the release and about the licence conditions that relate to you.'
          : outcome === 'no-release'
            ? 'has decided that the offender should not be released.' +
              (nextReviewDate ? ` The next review is due by ${date(nextReviewDate)}.` : '')
            : 'has decided not to release the offender, but has recommended a move to open conditions (a lower-security prison). The Secretary of State will decide whether to accept this and I will let you know.';
      return [
        `I am writing to let you know that on ${date(decision.date)} the Parole Board ${what}`,
        DECISION_SUMMARY,
        ...reconsiderationParagraphs(outcome, reconsiderable),
        QUESTIONS,
      ];
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
      return [
        `I am writing to let you know that ${what}`,
        'I will write to you again when there is more news.',
        QUESTIONS,
      ];
    },
  },
  'set-aside': {
    subject: 'The parole decision: application to set it aside',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('set-aside');
      const what =
        detail.stage === 'applied'
          ? `${detail.appliedBy === 'board-chair' ? 'the Chair of the Parole Board asked' : 'an application was made'} on ${date(on)} for the Parole Board's final decision to be set aside. This can happen when the decision was based on a mistake, or when new information about the offender has come to light.`
          : detail.outcome === 'set-aside'
            ? `on ${date(on)} the Parole Board set aside its decision. The decision no longer stands and the case will be looked at again.`
            : `on ${date(on)} the Parole Board decided not to set aside its decision, so the decision stands.`;
      return [
        `I am writing to let you know that ${what}`,
        'I will write to you again when there is more news.',
        QUESTIONS,
      ];
    },
  },
  'high-court-referral': {
    subject: 'The decision to release: referral to the High Court',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('high-court-referral');
      const what =
        detail.stage === 'referred'
          ? `on ${date(on)} the Parole Board's decision to release the offender was referred to the High Court, at the Secretary of State's direction. The offender will not be released on that decision unless the High Court agrees with it.`
          : detail.outcome === 'release-upheld'
            ? `on ${date(on)} the High Court agreed with the decision to release the offender. I will write to you again about the release and about the licence conditions that relate to you.`
            : `on ${date(on)} the High Court quashed the decision to release the offender, so the offender will not be released on it.`;
      return [`I am writing to let you know that ${what}`, QUESTIONS];
    },
  },
} satisfies Record<string, LetterTemplate>;
