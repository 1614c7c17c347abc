import { NotificationStage } from '@vcs/domain';
import { letterLanguageFor } from '../letters/letter-stage';
import { longDate, MessageLanguage, monthOf } from './message-dates';
import { FRAME_CY, STAGES_CY } from './stage-messages.cy';
import { MessageFrame, StageFacts, StageText } from './stage-text';
import { requestAnswerOf, requestAnswerParagraphs, requestAnswerSubject } from './request-answer-words';

/**
 * Plain-English messages for each stage (the Welsh ones are in stage-messages.cy.ts). They say what happened and what
 * the victim can do, name no place where the offender is or will be held (victims are never told that, docs/DOMAIN-RULES.md),
 * and always end with how to reach the victim liaison officer. Dates come from the milestone's structured detail,
 * never free text.
 */

export { longDate } from './message-dates';
export type { StageFacts } from './stage-text';

const on = (facts: StageFacts) => (longDate(facts.date) ? ` on ${longDate(facts.date)}` : '');
const detailDate = (facts: StageFacts, key: string) => longDate(facts.detail?.[key]);

const CATEGORY_EN: Readonly<Record<string, string>> = {
  'category-a': 'category A, the highest security',
  'category-b': 'category B, high security',
  'category-c': 'category C, a closed prison with less security',
  'category-d': 'category D, open conditions',
  'restricted-status': 'restricted status, the highest security',
  closed: 'closed conditions',
  open: 'open conditions',
};

const STAGES_EN = {
  'initial-contact': {
    subject: "The Victim Contact Scheme: information about the offender's sentence",
    subjectOf: (f) =>
      f.scheme === 'vns'
        ? "The Victim Notification Scheme: information about the offender's release"
        : "The Victim Contact Scheme: information about the offender's sentence",
    paragraphs: (f) =>
      f.scheme === 'vns'
        ? [
            "You have been referred to the Probation Service's Victim Notification Scheme because of the offence committed against you.",
            'The scheme can tell you when the offender is due to be released and about any licence conditions that relate to you, such as not contacting you. It is your choice whether to take part, and you can change your mind at any time.',
            'Please let us know soon whether you would like to hear from us, and how you would like us to contact you: the sentence is short, so release may not be far away.',
          ]
        : [
            "You have been referred to the Probation Service's victim contact scheme because of the offence committed against you.",
            "A victim liaison officer can tell you about the key stages of the offender's sentence, and help you have a say about the conditions of their release. It is your choice whether to take part, and you can change your mind at any time.",
            'Please let us know whether you would like to hear from us, and how you would like us to contact you.',
          ],
  },
  'annual-contact': {
    subject: 'Your yearly update from the Victim Contact Scheme',
    paragraphs: () => [
      'This is your yearly letter from the victim contact scheme. You asked to hear from us once a year.',
      'If anything has changed for you, or you would like to hear from us more often, please get in touch.',
    ],
  },
  'release-month': {
    subject: "The offender's expected release",
    paragraphs: (f) => [
      `The offender is expected to be released in ${monthOf(f.detail?.expectedReleaseDate) ?? 'the coming weeks'}.`,
      'We will tell you about any licence conditions that relate to you before they are released.',
    ],
  },
  'parole-eligibility-upcoming': {
    subject: 'The offender will soon be eligible for parole',
    paragraphs: (f) => [
      `The offender becomes eligible to be considered for parole${detailDate(f, 'paroleEligibilityDate') ? ` on ${detailDate(f, 'paroleEligibilityDate')}` : ''}.`,
      'You can write a victim personal statement for the Parole Board and ask for licence conditions. Your victim liaison officer can help you.',
    ],
  },
  'parole-hearing-upcoming': {
    subject: 'A Parole Board hearing is coming up',
    paragraphs: (f) => {
      // Moved by a deferral or adjournment, the notice is caused by that milestone and carries its new date.
      const hearingOn = detailDate(f, 'hearingDate') ?? detailDate(f, 'newHearingDate');
      return [
        `The Parole Board will consider the offender's case${hearingOn ? ` on ${hearingOn}` : ''}.`,
        'If you would like to make a victim personal statement, or ask for licence conditions, please contact your victim liaison officer now.',
      ];
    },
  },
  'tribunal-hearing-upcoming': {
    subject: 'A tribunal hearing is coming up',
    paragraphs: (f) => [
      `The Mental Health Tribunal will consider the patient's case${detailDate(f, 'hearingDate') ? ` on ${detailDate(f, 'hearingDate')}` : ''}.`,
      'You can ask for conditions of discharge. Your victim liaison officer can help you.',
    ],
  },
  'licence-conditions-end-upcoming': {
    subject: 'The licence conditions that protect you will end soon',
    paragraphs: (f) => [
      `The licence conditions that relate to you end${detailDate(f, 'conditionsEndDate') ? ` on ${detailDate(f, 'conditionsEndDate')}` : ' soon'}.`,
      'If you are worried about this, please contact your victim liaison officer.',
    ],
  },
  'licence-conditions-end': {
    subject: 'The licence conditions that protected you have ended',
    paragraphs: () => [
      'The licence conditions that related to you have now ended.',
      'If you are worried about your safety, please contact your victim liaison officer, or the police on 999 in an emergency.',
    ],
  },
  'parole-eligibility': {
    subject: "The offender's parole eligibility date",
    paragraphs: (f) => [
      `The offender will be eligible to be considered for parole${detailDate(f, 'paroleEligibilityDate') ? ` from ${detailDate(f, 'paroleEligibilityDate')}` : ''}.`,
      'We will write to you before the Parole Board considers the case.',
    ],
  },
  'parole-hearing-listed': {
    subject: 'A Parole Board hearing has been arranged',
    paragraphs: (f) => [
      `The Parole Board will hold ${f.detail?.hearingType === 'oral' ? 'an oral hearing' : 'a review'} of the offender's case${detailDate(f, 'hearingDate') ? ` on ${detailDate(f, 'hearingDate')}` : ''}.`,
      'You can make a victim personal statement and ask for licence conditions. Your victim liaison officer can help you.',
    ],
  },
  'parole-decision': {
    subject: 'The Parole Board has made its decision',
    paragraphs: (f) => [
      f.detail?.outcome === 'release'
        ? `The Parole Board has directed that the offender be released${on(f)}.`
        : f.detail?.outcome === 'open-conditions-recommended'
          ? `The Parole Board has recommended that the offender be moved to open conditions${on(f)}.`
          : `The Parole Board has decided${on(f)} that the offender should not be released.`,
      detailDate(f, 'nextReviewDate') ? `The next review is due by ${detailDate(f, 'nextReviewDate')}.` : undefined,
      f.detail?.outcome === 'release' ? 'The offender has not been released yet.' : undefined,
      'You can ask for a summary of the decision.',
      f.detail?.outcome === 'open-conditions-recommended'
        ? undefined
        : f.detail?.reconsiderable === true
          ? 'This decision is provisional: it can be reconsidered if an application is made within 21 days of it being sent out. We will tell you when it is final; your victim liaison officer can explain what this means for you.'
          : f.detail?.reconsiderable === false
            ? 'This decision cannot be reconsidered.'
            : 'Some decisions can be reconsidered if an application is made within 21 days of them being sent out; your victim liaison officer can explain what this means for you.',
    ],
  },
  'set-aside': {
    subject: "The Parole Board's decision: setting it aside",
    paragraphs: (f) => [
      f.detail?.stage === 'applied'
        ? `The Parole Board has been asked${on(f)} to set aside its final decision.`
        : f.detail?.outcome === 'set-aside'
          ? `The Parole Board set aside its decision${on(f)}. The decision no longer stands and the case will be looked at again.`
          : `The Parole Board decided${on(f)} not to set aside its decision, so the decision stands.`,
    ],
  },
  'high-court-referral': {
    subject: 'The decision to release has been referred to the High Court',
    paragraphs: (f) => [
      f.detail?.stage === 'referred'
        ? `The Parole Board's decision to release the offender was referred to the High Court${on(f)}. The offender will not be released on it unless the High Court agrees.`
        : f.detail?.outcome === 'release-upheld'
          ? `The High Court agreed with the decision to release the offender${on(f)}.`
          : `The High Court quashed the decision to release the offender${on(f)}, so the offender will not be released on it.`,
    ],
  },
  reconsideration: {
    subject: "Reconsideration of the Parole Board's decision",
    paragraphs: (f) => [
      f.detail?.stage === 'applied'
        ? "An application has been made for the Parole Board's decision to be reconsidered."
        : f.detail?.outcome === 'granted'
          ? "The Parole Board's decision will be reconsidered."
          : "The application to reconsider the Parole Board's decision has been refused, so the decision stands.",
    ],
  },
  'open-conditions-eligibility': {
    subject: 'The offender can be considered for open conditions',
    paragraphs: (f) => [
      `The offender can be considered for a move to open conditions${detailDate(f, 'eligibleFrom') ? ` from ${detailDate(f, 'eligibleFrom')}` : ''}. This is the earliest date, not a decision to move.`,
    ],
  },
  'open-conditions-eligibility-upcoming': {
    subject: 'Open conditions: eligibility coming up',
    paragraphs: (f) => [
      `The offender can soon be considered for a move to open conditions${detailDate(f, 'eligibleFrom') ? `, from ${detailDate(f, 'eligibleFrom')}` : ''}.`,
      'If you have concerns about a move, please contact your victim liaison officer now.',
    ],
  },
  'parole-hearing-postponed': {
    subject: 'The Parole Board hearing has been put off',
    paragraphs: (f) => [
      `The Parole Board ${f.detail?.postponement === 'deferred' ? 'deferred' : 'adjourned'} the hearing of the offender's case${on(f)}. It will not go ahead on the date you were given.`,
      detailDate(f, 'newHearingDate')
        ? `The new date is ${detailDate(f, 'newHearingDate')}.`
        : 'There is no new date yet. We will tell you when there is one.',
      'Your victim liaison officer can help if you had arranged to attend, observe or have your statement read.',
    ],
  },
  'prison-transfer': {
    subject: 'The offender has moved to another prison',
    paragraphs: (f) => [
      `The offender has been moved to another prison${on(f)}. This does not change the sentence.`,
      'We cannot tell you where the offender is held. Please contact your victim liaison officer if you have any concerns.',
    ],
  },
  recategorisation: {
    subject: "The offender's security category has changed",
    paragraphs: (f) => [
      `The offender has been given a new security category${on(f)}: ${CATEGORY_EN[String(f.detail?.category)] ?? 'a different level of security'}.`,
      'This does not change the release date. We cannot tell you where the offender is held.',
    ],
  },
  'hospital-direction': {
    subject: 'The offender is in hospital',
    paragraphs: (f) => [
      `The offender ${f.detail?.basis === 'hospital-and-limitation-direction' ? 'was sent by the court to a hospital for treatment under the Mental Health Act' : 'has been moved from prison to a hospital for treatment under the Mental Health Act'}${on(f)}. The prison sentence still applies.`,
      'We cannot tell you which hospital. Please contact your victim liaison officer if you have any concerns.',
    ],
  },
  'remitted-to-prison': {
    subject: 'The offender is back in prison',
    paragraphs: (f) => [
      `The offender has been returned from hospital to prison${on(f)} to carry on with the sentence.`,
      'We cannot tell you where the offender is held.',
    ],
  },
  'transfer-to-open-conditions': {
    subject: 'The offender has moved to open conditions',
    paragraphs: (f) => [
      `The offender has been moved to open conditions${on(f)}.`,
      'Please contact your victim liaison officer if you have any concerns.',
    ],
  },
  'return-to-closed-conditions': {
    subject: 'The offender has returned to closed conditions',
    paragraphs: (f) => [`The offender has been returned to closed conditions${on(f)}.`],
  },
  'release-on-temporary-licence': {
    subject: 'The offender has been released on temporary licence',
    paragraphs: (f) => [
      `The offender has been allowed out on temporary licence${on(f)}${detailDate(f, 'returnDate') ? `, returning by ${detailDate(f, 'returnDate')}` : ''}.`,
      'Any licence conditions that relate to you apply while they are out.',
    ],
  },
  'home-detention-curfew': {
    subject: 'The offender has been released on home detention curfew',
    paragraphs: (f) => [
      `The offender has been released on home detention curfew${on(f)}.`,
      'They must keep to a curfew and any licence conditions that relate to you.',
    ],
  },
  'release-on-licence': {
    subject: 'The offender has been released',
    paragraphs: (f) => [
      `The offender has been released on licence${on(f)}.`,
      'They must keep to their licence conditions, including any that relate to you. If they break them, please tell the police or your victim liaison officer.',
    ],
  },
  'licence-conditions-set': {
    subject: 'Licence conditions that relate to you',
    paragraphs: (f) => [
      'Licence conditions that relate to you have been set.',
      detailDate(f, 'conditionsEndDate') ? `They last until ${detailDate(f, 'conditionsEndDate')}.` : undefined,
      'Your victim liaison officer can tell you what they mean for you.',
    ],
  },
  'escape-or-abscond': {
    subject: 'Urgent: the offender is out of custody',
    paragraphs: (f) => [
      f.detail?.circumstance === 'absent-without-leave'
        ? `The patient is absent from hospital without leave${on(f)}.`
        : f.detail?.circumstance === 'absconded'
          ? `The offender has absconded${on(f)} and is not in custody.`
          : f.detail?.circumstance === 'unlawfully-at-large'
            ? `The offender is unlawfully at large${on(f)}: not in custody when they should be.`
            : `The offender has escaped from custody${on(f)}.`,
      'If you feel you are in danger, or you see them, call 999 straight away. The police know and are looking for them.',
      'Your victim liaison officer will phone you as soon as they can to talk about your safety.',
    ],
  },
  'return-to-custody': {
    subject: 'The offender is back in custody',
    paragraphs: (f) => [
      `The offender was returned to custody${on(f)}.`,
      'Please contact your victim liaison officer if you have any concerns.',
    ],
  },
  recall: {
    subject: 'The offender has been recalled',
    paragraphs: (f) => [
      `The offender has been recalled${on(f)}.`,
      f.detail?.recallType === 'fixed-term'
        ? `This is a fixed-term recall: they will be released again automatically${detailDate(f, 'reReleaseDate') ? ` on ${detailDate(f, 'reReleaseDate')}` : ' at the end of it'}.`
        : undefined,
    ],
  },
  'licence-end': {
    subject: "The offender's licence has ended",
    paragraphs: (f) => [`The offender's licence ended${on(f)}.`],
  },
  'sentence-end': {
    subject: "The offender's sentence has ended",
    paragraphs: (f) => [
      `The offender's sentence ended${on(f)}. This is the last letter you will receive from the victim contact scheme about it.`,
    ],
  },
  'release-date-changed': {
    subject: "The offender's expected release date has changed",
    paragraphs: (f) => [
      `The offender is now expected to be released in ${monthOf(f.detail?.expectedReleaseDate) ?? 'a different month'}.`,
      ...(f.detail?.reason === 'change-in-law'
        ? [
            'This is because the law on when prisoners are released has changed. It is not a decision about the offender or about you.',
          ]
        : []),
    ],
  },
  'hospital-leave': {
    subject: 'The patient has been granted leave',
    paragraphs: (f) => [
      `The patient has been granted ${typeof f.detail?.leaveType === 'string' ? f.detail.leaveType : ''} leave from hospital${on(f)}.`.replace(
        '  ',
        ' ',
      ),
    ],
  },
  'hospital-transfer': {
    subject: 'The patient has been transferred',
    paragraphs: (f) => [`The patient has been transferred to another hospital${on(f)}.`],
  },
  'tribunal-hearing-listed': {
    subject: 'A tribunal hearing has been arranged',
    paragraphs: (f) => [
      `The Mental Health Tribunal will consider the patient's case${detailDate(f, 'hearingDate') ? ` on ${detailDate(f, 'hearingDate')}` : ''}.`,
      'You can ask for conditions of discharge. Your victim liaison officer can help you.',
    ],
  },
  'tribunal-decision': {
    subject: 'The tribunal has made its decision',
    paragraphs: (f) => [
      f.detail?.outcome === 'not-discharged'
        ? `The tribunal decided${on(f)} that the patient will not be discharged.`
        : `The tribunal decided${on(f)} that the patient will be ${f.detail?.outcome === 'absolute-discharge' ? 'discharged' : 'discharged with conditions'}.`,
    ],
  },
  'conditional-discharge': {
    subject: 'The patient has been discharged with conditions',
    paragraphs: (f) => [
      `The patient has been discharged from hospital with conditions${on(f)}.`,
      'Your victim liaison officer can tell you about any conditions that relate to you.',
    ],
  },
  'absolute-discharge': {
    subject: 'The patient has been discharged',
    paragraphs: (f) => [`The patient has been discharged from hospital${on(f)}. There are no conditions.`],
  },
  'discharge-conditions-varied': {
    subject: 'The conditions of discharge have changed',
    paragraphs: (f) => [
      `The conditions the patient must keep to in the community were changed${on(f)}.`,
      'Your victim liaison officer will tell you the conditions that relate to you. If you feel unsafe, call 999 in an emergency.',
    ],
  },
  'restrictions-lifted': {
    subject: 'The special restrictions have ended',
    paragraphs: (f) => [
      `The special restrictions set by the Secretary of State for Justice ended${on(f)}. The hospital now decides about leave and discharge.`,
      'Please contact your victim liaison officer if you have any concerns.',
    ],
  },
  appeal: {
    subject: 'An appeal',
    paragraphs: (f) => [
      f.detail?.stage === 'lodged' ? 'The offender has appealed.' : `The appeal has been decided${on(f)}.`,
      'Your victim liaison officer can explain what this means.',
    ],
  },
  death: {
    subject: 'News about the offender',
    paragraphs: (f) => [
      `We are writing to tell you that the offender has died${on(f)}.`,
      'This is the last letter you will receive from the victim contact scheme about this case. If you would like to talk about it, please contact your victim liaison officer.',
    ],
  },
  'suspended-sentence-activated': {
    subject: 'The offender has been sent to custody',
    paragraphs: (f) => [
      `The court activated the offender's suspended sentence${on(f)}. The offender has gone to custody.`,
      'We will tell you when they are expected to be released and about any licence conditions that relate to you.',
    ],
  },
  'removal-planned': {
    subject: 'The offender may be removed from the United Kingdom',
    paragraphs: (f) => [
      `The offender is due to be removed from the United Kingdom${detailDate(f, 'expectedOn') ? `, planned for ${detailDate(f, 'expectedOn')}` : ''}. Plans like this can change.`,
      'We will tell you when the removal has happened, and if the offender comes back before the sentence ends.',
    ],
  },
  'transfer-abroad': {
    subject: 'The offender has been transferred abroad',
    paragraphs: (f) => [
      `The offender was transferred to another country to serve the rest of the sentence there${on(f)}.`,
      'We will tell you if the offender comes back to the United Kingdom while the sentence still applies.',
    ],
  },
  'return-after-removal': {
    subject: 'Important: the offender is back in the United Kingdom and in custody',
    paragraphs: (f) => [
      `The offender, who had been removed from the United Kingdom, came back and was returned to custody${on(f)} to serve the rest of the sentence.`,
      'We will tell you about the key stages of the sentence again, including any release. Please contact your victim liaison officer if you have any concerns.',
    ],
  },
  deportation: {
    subject: 'The offender has been deported',
    paragraphs: (f) => [`The offender has been deported${on(f)}.`],
  },
  // The answer to the victim's own request (issue 17): what they asked for and the answer, never where anyone is.
  'request-answered': {
    subject: requestAnswerSubject('en'),
    paragraphs: (f) => requestAnswerParagraphs(requestAnswerOf(f), 'en'),
  },
} satisfies Readonly<Record<NotificationStage, StageText>>;

const FRAME_EN: MessageFrame = {
  dear: 'Dear',
  nobody: 'Sir or Madam',
  closing:
    'If you have any questions, or would like to change how or when we contact you, please contact your victim liaison officer.',
  signOff: 'Victim Contact Scheme, the Probation Service',
  fallback: {
    subject: 'An update from the Victim Contact Scheme',
    paragraphs: () => ["There is news about the offender's sentence. Please contact your victim liaison officer."],
  },
};

const MESSAGES: Record<
  MessageLanguage,
  { readonly stages: Readonly<Record<NotificationStage, StageText>>; readonly frame: MessageFrame }
> = {
  en: { stages: STAGES_EN, frame: FRAME_EN },
  cy: { stages: STAGES_CY, frame: FRAME_CY },
};

/**
 * Subject and body for a stage, addressed to `name` (or "Dear Sir or Madam"), in the victim's language: Welsh for any
 * `cy` tag, English otherwise (`languageTag` is the victim's preferred language from their contact preferences; the
 * answer's `language` is the language of the text, for the channel to pick a Notify template by).
 */
export function renderStage(
  stage: NotificationStage,
  facts: StageFacts,
  name: string | undefined,
  languageTag?: string,
): { subject: string; body: string; language: MessageLanguage } {
  const language = letterLanguageFor(languageTag);
  const { stages, frame } = MESSAGES[language];
  const text = stages[stage] ?? frame.fallback;
  const paragraphs = text.paragraphs(facts).filter((p): p is string => typeof p === 'string' && p.length > 0);
  return {
    subject: text.subjectOf?.(facts) ?? text.subject,
    body: [`${frame.dear} ${name?.trim() || frame.nobody},`, ...paragraphs, frame.closing, frame.signOff].join('\n\n'),
    language,
  };
}

/** The stages with a message, per language (a unit test insists that both have the same). */
export const STAGES_WITH_TEXT = Object.keys(STAGES_EN) as NotificationStage[];
export const STAGES_WITH_WELSH_TEXT = Object.keys(STAGES_CY) as NotificationStage[];
