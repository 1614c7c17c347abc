import {
  IsoDate,
  REQUEST_REFUSAL_REASONS,
  RequestRefusalReason,
  VICTIM_REQUEST_KINDS,
  VICTIM_REQUEST_OUTCOMES,
  VictimRequestKind,
  VictimRequestOutcome,
} from '@vcs/domain';
import { longDate, MessageLanguage } from './message-dates';
import { StageFacts } from './stage-text';

/**
 * The answer to a victim's request, as a message or letter quotes it (codes and dates from `VictimRequestAnswered`
 * and its `VictimRequestMade`; no free text, and nothing about where the offender is).
 */
export interface RequestAnswerFact {
  readonly kind: VictimRequestKind;
  readonly outcome: VictimRequestOutcome;
  readonly reason?: RequestRefusalReason;
  readonly madeOn?: IsoDate;
  readonly answeredOn: IsoDate;
}

/** The answer as the stage facts of a `request-answered` notice: the answer's date, the codes as its detail. */
export function requestAnswerStageFacts(answer: RequestAnswerFact): StageFacts {
  const { answeredOn, ...detail } = answer;
  return { date: answeredOn, detail: { ...detail } };
}

/** Back from the stage facts; undefined when they are not a request's answer (a code outside the lists included). */
export function requestAnswerOf(facts: StageFacts): RequestAnswerFact | undefined {
  const { kind, outcome, reason, madeOn } = (facts.detail ?? {}) as Record<string, unknown>;
  const known = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
  if (!known(VICTIM_REQUEST_KINDS, kind) || !known(VICTIM_REQUEST_OUTCOMES, outcome) || !facts.date) return undefined;
  return {
    kind,
    outcome,
    answeredOn: facts.date,
    ...(known(REQUEST_REFUSAL_REASONS, reason) ? { reason } : {}),
    ...(typeof madeOn === 'string' ? { madeOn } : {}),
  };
}

interface RequestWords {
  readonly subject: string;
  /** Without the answer's facts (cannot happen for a notice the planner made; kept for a message that lost them). */
  readonly unknown: readonly [string, string];
  readonly asked: (what: string, madeOn: string | undefined) => string;
  readonly what: { readonly [K in VictimRequestKind]: string };
  readonly granted: { readonly [K in VictimRequestKind]: string };
  readonly provided: (on: string) => string;
  readonly refused: (on: string) => string;
  readonly reason: { readonly [R in RequestRefusalReason]: string };
  readonly explain: string;
  readonly withdrawn: (on: string) => string;
}

const EN: RequestWords = {
  subject: 'An answer to your request',
  unknown: ['There is an answer to a request you made.', 'Your victim liaison officer can tell you what it is.'],
  asked: (what, madeOn) => `${madeOn ? `On ${madeOn} you` : 'You'} asked ${what}.`,
  what: {
    'observe-parole-hearing': 'to observe the parole hearing',
    'public-parole-hearing': 'for the parole hearing to be held in public',
    'parole-decision-summary': "for a summary of the Parole Board's decision",
    'secretary-of-state-reconsideration':
      'for the Secretary of State to ask the Parole Board to reconsider its decision',
    'attend-tribunal-hearing': 'to attend the Mental Health Tribunal hearing to read your victim impact statement',
    'restricted-patient-decision-summary':
      "for a summary of the Ministry of Justice's decision about the patient's discharge",
    'sentencing-remarks-transcript': "for a transcript of the judge's sentencing remarks",
  },
  granted: {
    'observe-parole-hearing':
      'Your application was granted: you can observe the hearing. You will be told how it will work.',
    'public-parole-hearing':
      'The Parole Board agreed that the hearing will be held in public. You will be told how to attend.',
    'parole-decision-summary': 'The Parole Board agreed to give a summary of its decision. It will be sent to you.',
    'secretary-of-state-reconsideration':
      'The Secretary of State has applied to the Parole Board for the decision to be reconsidered. You will be told the outcome.',
    'attend-tribunal-hearing':
      'Your application was granted: you can attend the tribunal hearing to read your statement. You will be told how it will work.',
    'restricted-patient-decision-summary': 'A summary of the decision will be given. It will be sent to you.',
    'sentencing-remarks-transcript': 'A transcript of the sentencing remarks will be given. It will be sent to you.',
  },
  provided: (on) => `What you asked for was sent to you on ${on}. If it has not reached you, please get in touch.`,
  refused: (on) => `Your request was refused on ${on}.`,
  reason: {
    'offender-under-18':
      'The Parole Board can decide not to give a summary of a decision about someone who was under 18.',
    'exceptional-circumstances': 'The decision maker found exceptional reasons not to agree to it.',
    'out-of-time': 'The request was made after the time the rules allow.',
    'not-eligible': 'The rules do not allow it in this case.',
    other: 'You can ask why.',
  },
  explain: 'We can explain the decision and whether there is anything else you can do.',
  withdrawn: (on) => `You told us you no longer wanted it, so the request was closed on ${on}.`,
};

const CY: RequestWords = {
  subject: "Ateb i'ch cais",
  unknown: ['Mae ateb i gais a wnaethoch.', 'Gall eich swyddog cyswllt dioddefwyr ddweud wrthych beth ydyw.'],
  asked: (what, madeOn) => `${madeOn ? `Ar ${madeOn}, gwnaethoch` : 'Gwnaethoch'} ofyn ${what}.`,
  what: {
    'observe-parole-hearing': 'am gael arsylwi ar y gwrandawiad parôl',
    'public-parole-hearing': "i'r gwrandawiad parôl gael ei gynnal yn gyhoeddus",
    'parole-decision-summary': 'am grynodeb o benderfyniad y Bwrdd Parôl',
    'secretary-of-state-reconsideration': "i'r Ysgrifennydd Gwladol ofyn i'r Bwrdd Parôl ailystyried ei benderfyniad",
    'attend-tribunal-hearing':
      'am gael mynychu gwrandawiad y Tribiwnlys Iechyd Meddwl i ddarllen eich datganiad effaith ar ddioddefwr',
    'restricted-patient-decision-summary': "am grynodeb o benderfyniad y Weinyddiaeth Gyfiawnder am ryddhau'r claf",
    'sentencing-remarks-transcript': "am drawsgrifiad o sylwadau dedfrydu'r barnwr",
  },
  granted: {
    'observe-parole-hearing':
      'Cafodd eich cais ei gymeradwyo: gallwch arsylwi ar y gwrandawiad. Byddwn yn dweud wrthych sut y bydd yn gweithio.',
    'public-parole-hearing':
      "Cytunodd y Bwrdd Parôl y bydd y gwrandawiad yn cael ei gynnal yn gyhoeddus. Byddwn yn dweud wrthych sut i'w fynychu.",
    'parole-decision-summary': "Cytunodd y Bwrdd Parôl i roi crynodeb o'i benderfyniad. Bydd yn cael ei anfon atoch.",
    'secretary-of-state-reconsideration':
      "Mae'r Ysgrifennydd Gwladol wedi gwneud cais i'r Bwrdd Parôl ailystyried y penderfyniad. Byddwn yn dweud wrthych beth fydd y canlyniad.",
    'attend-tribunal-hearing':
      'Cafodd eich cais ei gymeradwyo: gallwch fynychu gwrandawiad y tribiwnlys i ddarllen eich datganiad. Byddwn yn dweud wrthych sut y bydd yn gweithio.',
    'restricted-patient-decision-summary':
      "Bydd crynodeb o'r penderfyniad yn cael ei roi. Bydd yn cael ei anfon atoch.",
    'sentencing-remarks-transcript':
      "Bydd trawsgrifiad o'r sylwadau dedfrydu yn cael ei roi. Bydd yn cael ei anfon atoch.",
  },
  provided: (on) => `Anfonwyd yr hyn y gofynnoch amdano atoch ar ${on}. Os nad yw wedi eich cyrraedd, cysylltwch â ni.`,
  refused: (on) => `Cafodd eich cais ei wrthod ar ${on}.`,
  reason: {
    'offender-under-18':
      'Gall y Bwrdd Parôl benderfynu peidio â rhoi crynodeb o benderfyniad am rywun a oedd o dan 18 oed.',
    'exceptional-circumstances':
      'Penderfynodd y sawl a wnaeth y penderfyniad fod rhesymau eithriadol dros beidio â chytuno iddo.',
    'out-of-time': "Gwnaed y cais ar ôl yr amser y mae'r rheolau'n ei ganiatáu.",
    'not-eligible': "Nid yw'r rheolau'n caniatáu hyn yn yr achos hwn.",
    other: 'Gallwch ofyn pam.',
  },
  explain: "Gallwn egluro'r penderfyniad ac a oes unrhyw beth arall y gallwch ei wneud.",
  withdrawn: (on) => `Dywedoch wrthym nad oeddech ei eisiau mwyach, felly caewyd y cais ar ${on}.`,
};

const WORDS: { readonly [L in MessageLanguage]: RequestWords } = { en: EN, cy: CY };

export function requestAnswerSubject(language: MessageLanguage): string {
  return WORDS[language].subject;
}

/**
 * Two paragraphs: what the victim asked for (and when), and the answer (with the reason for a refusal, and that the
 * decision can be explained). The same in English and Welsh, paragraph for paragraph.
 */
export function requestAnswerParagraphs(answer: RequestAnswerFact | undefined, language: MessageLanguage): string[] {
  const words = WORDS[language];
  if (!answer) return [...words.unknown];
  const date = (day: IsoDate | undefined) => (day ? (longDate(day, language) ?? day) : undefined);
  const on = date(answer.answeredOn) ?? answer.answeredOn;
  return [words.asked(words.what[answer.kind], date(answer.madeOn)), answerSentence(words, answer, on)];
}

function answerSentence(words: RequestWords, answer: RequestAnswerFact, on: string): string {
  switch (answer.outcome) {
    case 'granted':
      return words.granted[answer.kind];
    case 'provided':
      return words.provided(on);
    case 'refused':
      return [words.refused(on), answer.reason ? words.reason[answer.reason] : undefined, words.explain]
        .filter((s): s is string => s !== undefined)
        .join(' ');
    case 'withdrawn':
      return words.withdrawn(on);
    default: {
      const never: never = answer.outcome;
      return never;
    }
  }
}

/**
 * The answer a `request-answered` notice or letter is about, from the victim's history: the `VictimRequestAnswered`
 * event with `answerEventId` (the notification's cause) or, for a letter drafted on its own, the latest answer on the
 * sentence; with the day it was asked for from its `VictimRequestMade`.
 */
export function requestAnswerInHistory(
  events: readonly { readonly id?: string; readonly type: string; readonly data: unknown }[],
  which: { readonly answerEventId?: string; readonly sentenceId?: string },
): RequestAnswerFact | undefined {
  type Answered = {
    requestId: string;
    sentenceId: string;
    kind: string;
    outcome: string;
    reason?: string;
    answeredOn: string;
  };
  const answers = events.filter((e) => e.type === 'VictimRequestAnswered');
  const answer =
    which.answerEventId !== undefined
      ? answers.find((e) => e.id === which.answerEventId)
      : answers.filter((e) => (e.data as Answered).sentenceId === which.sentenceId).at(-1);
  if (!answer) return undefined;
  const data = answer.data as Answered;
  const made = events.find(
    (e) => e.type === 'VictimRequestMade' && (e.data as { requestId?: string }).requestId === data.requestId,
  );
  const madeOn = (made?.data as { madeOn?: string } | undefined)?.madeOn;
  return requestAnswerOf({
    date: data.answeredOn,
    detail: { kind: data.kind, outcome: data.outcome, reason: data.reason, madeOn },
  });
}
