import { Schemas } from '../../data/api-client';
import { govukDate } from '../../views/filters';

type CaseRequest = Schemas['CaseRequestResponse'];
type Answer = NonNullable<CaseRequest['answer']>;

/** What the victim asked for, in the words the case page uses (keyed by every kind the API has). */
export const REQUEST_WORDS = {
  'observe-parole-hearing': 'To observe the parole hearing',
  'public-parole-hearing': 'For the parole hearing to be held in public',
  'parole-decision-summary': 'A summary of the Parole Board’s decision',
  'secretary-of-state-reconsideration': 'That the Secretary of State apply for reconsideration',
  'attend-tribunal-hearing': 'To attend the Mental Health Tribunal hearing',
  'restricted-patient-decision-summary': 'A summary of a decision about a restricted patient',
  'sentencing-remarks-transcript': 'A transcript of the judge’s sentencing remarks',
} as const satisfies Record<CaseRequest['kind'], string>;

const OUTCOME_WORDS = {
  granted: 'Granted',
  provided: 'Provided',
  refused: 'Refused',
  withdrawn: 'Withdrawn by the victim',
} as const satisfies Record<Answer['outcome'], string>;

const REASON_WORDS = {
  'offender-under-18': 'the offender is under 18',
  'exceptional-circumstances': 'exceptional circumstances',
  'out-of-time': 'asked too late',
  'not-eligible': 'not eligible',
  other: 'another reason',
} as const satisfies Record<NonNullable<Answer['reason']>, string>;

/** One row of the case page's requests table: ids only in the answer link, never personal data. */
export interface RequestRow {
  readonly what: string;
  readonly askedOn: string;
  readonly answer: string;
  /** The answer form's address, for a request still waiting for its answer. */
  readonly answerHref?: string;
}

export function requestRows(victimId: string, requests: readonly CaseRequest[]): RequestRow[] {
  return requests.map((request) => ({
    what: REQUEST_WORDS[request.kind],
    askedOn: govukDate(request.madeOn),
    answer: request.answer ? answerWords(request.answer) : 'Waiting for an answer',
    ...(request.state === 'open' ? { answerHref: `/cases/${victimId}/requests/${request.requestId}/answer` } : {}),
  }));
}

function answerWords(answer: Answer): string {
  const reason = answer.reason ? ` (${REASON_WORDS[answer.reason]})` : '';
  return `${OUTCOME_WORDS[answer.outcome]} on ${govukDate(answer.answeredOn)}${reason}`;
}
