import { IsoDate, MilestoneKind } from '@vcs/domain';
import { longDate, monthOf } from '../rendering/message-dates';
import { LetterCannotBeWritten } from './letter-errors';
import { LETTER_STAGES, LetterLanguage, LetterStage } from './letter-stage';
import { LETTER_TEMPLATES, LetterFacts, LetterTemplate, MilestoneFact, TemplateContext } from './templates';

/** Who the letter goes to (the victim, or the person acting for them who receives communications). Personal data. */
export interface LetterRecipient {
  readonly fullName: string;
  readonly addressLines: readonly string[];
  readonly postcode?: string;
}

/** The victim liaison officer who signs the letter, and how to reach them. */
export interface LetterOfficer {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface RenderLetterInput {
  readonly stage: LetterStage;
  readonly language: LetterLanguage;
  readonly facts: LetterFacts;
  readonly recipient: LetterRecipient;
  readonly officer: LetterOfficer;
}

export interface RenderedLetter {
  readonly stage: LetterStage;
  readonly language: LetterLanguage;
  /** The heading line; fixed per stage, no personal data. */
  readonly subject: string;
  /** The address as printed in the envelope window, one line per line (name first, postcode last). */
  readonly addressBlock: string;
  /** From "Dear …" to the signature: the text the VLO edits and the manager approves. */
  readonly body: string;
}

/** "15 March 2027" ("15 Mawrth 2027" in Welsh), from the civil date alone (no time zone can shift it). */
export function letterDate(date: IsoDate, language: LetterLanguage = 'en'): string {
  return longDate(date, language) ?? date;
}

function letterMonth(date: IsoDate, language: LetterLanguage): string {
  return monthOf(date, language) ?? date;
}

/** The words around the template's paragraphs: greeting, closing and the officer's signature. */
const FRAME: Record<
  LetterLanguage,
  { dear: string; yours: string; role: string; service: string; phone: string; email: string }
> = {
  en: {
    dear: 'Dear',
    yours: 'Yours sincerely,',
    role: 'Victim Liaison Officer',
    service: 'Probation Service',
    phone: 'Phone',
    email: 'Email',
  },
  cy: {
    dear: 'Annwyl',
    yours: 'Yn gywir,',
    role: 'Swyddog Cyswllt Dioddefwyr',
    service: 'Y Gwasanaeth Prawf',
    phone: 'Ffôn',
    email: 'E-bost',
  },
};

const MILESTONE_WORDS: Partial<Record<MilestoneKind, string>> = {
  'parole-eligibility': 'parole eligibility date',
  'parole-hearing-listed': 'parole hearing',
  'release-date-changed': 'expected release date',
  'licence-conditions-set': 'licence conditions',
  'tribunal-hearing-listed': 'tribunal hearing',
};

/** The subject line of a stage's letter (the same in every letter of that stage), in the letter's language. */
export function letterSubject(stage: LetterStage, language: LetterLanguage = 'en'): string {
  const template = LETTER_TEMPLATES[language][stage] as LetterTemplate | undefined;
  if (!template) throw unavailable(stage, language);
  return template.subject;
}

/** Pure: the letter for a stage from the facts, the recipient and the officer. Throws `LetterCannotBeWritten`. */
export function renderLetter(input: RenderLetterInput): RenderedLetter {
  const { stage, language, facts, recipient, officer } = input;
  if (!LETTER_STAGES.includes(stage))
    throw new LetterCannotBeWritten('unknown-letter-stage', `There is no letter for the stage "${String(stage)}".`);
  const template = LETTER_TEMPLATES[language]?.[stage] as LetterTemplate | undefined;
  if (!template) throw unavailable(stage, language);
  const frame = FRAME[language];
  const context: TemplateContext = {
    facts,
    date: (date) => letterDate(date, language),
    month: (date) => letterMonth(date, language),
    need: <K extends MilestoneKind>(kind: K): MilestoneFact<K> => {
      const fact = facts.milestones[kind] as MilestoneFact<K> | undefined;
      if (!fact) {
        throw new LetterCannotBeWritten(
          'letter-facts-missing',
          `This letter needs the ${MILESTONE_WORDS[kind] ?? kind.replace(/-/g, ' ')} recorded on the sentence first; record the milestone, then draft the letter.`,
        );
      }
      return fact;
    },
    needRequest: () => {
      if (!facts.request)
        throw new LetterCannotBeWritten(
          'letter-facts-missing',
          "This letter needs the answer to the victim's request recorded first; record the answer, then draft the letter.",
        );
      return facts.request;
    },
    place: facts.hospitalOrder ? 'hospital' : 'prison',
    person: facts.hospitalOrder ? 'patient' : 'offender',
  };
  const paragraphs = template.paragraphs(context);
  const signature = [
    officer.name,
    frame.role,
    frame.service,
    officer.phone && `${frame.phone}: ${officer.phone}`,
    officer.email && `${frame.email}: ${officer.email}`,
  ].filter((line): line is string => typeof line === 'string' && line.length > 0);
  return {
    stage,
    language,
    subject: template.subjectOf?.(facts) ?? template.subject,
    addressBlock: addressBlockOf(recipient),
    body: [`${frame.dear} ${recipient.fullName},`, ...paragraphs, frame.yours, signature.join('\n')].join('\n\n'),
  };
}

/** Name, then the address lines, then the postcode on its own line (Royal Mail's advice for machine reading). */
export function addressBlockOf(recipient: LetterRecipient): string {
  return [recipient.fullName, ...recipient.addressLines, recipient.postcode?.toUpperCase()]
    .filter((line): line is string => !!line && line.trim().length > 0)
    .join('\n');
}

/** Every stage has an English and a Welsh template (the types insist); this guards a language outside the list. */
function unavailable(stage: LetterStage, language: LetterLanguage): LetterCannotBeWritten {
  return language === 'cy'
    ? new LetterCannotBeWritten(
        'welsh-translation-required',
        'The victim asked for letters in Welsh and this letter has no Welsh translation. Ask the Welsh Language Unit for a translation; an English letter is not sent instead.',
      )
    : new LetterCannotBeWritten('unknown-letter-stage', `There is no letter for the stage "${stage}".`);
}
