import { IsoDate, MilestoneKind } from '@vcs/domain';
import { LetterCannotBeWritten } from './letter-errors';
import { LETTER_STAGES, LetterLanguage, LetterStage } from './letter-stage';
import { LETTER_TEMPLATES, LetterFacts, MilestoneFact, TemplateContext } from './templates';

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "15 March 2027", from the civil date alone (no time zone can shift it). */
export function letterDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function letterMonth(date: IsoDate): string {
  const [year, month] = date.split('-').map(Number);
  return `${MONTHS[month - 1]} ${year}`;
}

const MILESTONE_WORDS: Partial<Record<MilestoneKind, string>> = {
  'parole-eligibility': 'parole eligibility date',
  'parole-hearing-listed': 'parole hearing',
  'release-date-changed': 'expected release date',
  'licence-conditions-set': 'licence conditions',
  'tribunal-hearing-listed': 'tribunal hearing',
};

/** The subject line of a stage's letter (the same in every letter of that stage). */
export function letterSubject(stage: LetterStage, language: LetterLanguage = 'en'): string {
  const template = LETTER_TEMPLATES[language][stage];
  if (!template) throw unavailable(stage, language);
  return template.subject;
}

/** Pure: the letter for a stage from the facts, the recipient and the officer. Throws `LetterCannotBeWritten`. */
export function renderLetter(input: RenderLetterInput): RenderedLetter {
  const { stage, language, facts, recipient, officer } = input;
  if (!LETTER_STAGES.includes(stage)) throw new LetterCannotBeWritten('unknown-letter-stage', `There is no letter for the stage "${String(stage)}".`);
  const template = LETTER_TEMPLATES[language][stage];
  if (!template) throw unavailable(stage, language);
  const context: TemplateContext = {
    facts,
    date: letterDate,
    month: letterMonth,
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
    place: facts.hospitalOrder ? 'hospital' : 'prison',
    person: facts.hospitalOrder ? 'patient' : 'offender',
  };
  const paragraphs = template.paragraphs(context);
  const signature = [officer.name, 'Victim Liaison Officer', 'Probation Service', officer.phone && `Phone: ${officer.phone}`, officer.email && `Email: ${officer.email}`].filter(
    (line): line is string => typeof line === 'string' && line.length > 0,
  );
  return {
    stage,
    language,
    subject: template.subject,
    addressBlock: addressBlockOf(recipient),
    body: [`Dear ${recipient.fullName},`, ...paragraphs, 'Yours sincerely,', signature.join('\n')].join('\n\n'),
  };
}

/** Name, then the address lines, then the postcode on its own line (Royal Mail's advice for machine reading). */
export function addressBlockOf(recipient: LetterRecipient): string {
  return [recipient.fullName, ...recipient.addressLines, recipient.postcode?.toUpperCase()].filter((line): line is string => !!line && line.trim().length > 0).join('\n');
}

function unavailable(stage: LetterStage, language: LetterLanguage): LetterCannotBeWritten {
  return language === 'cy'
    ? new LetterCannotBeWritten(
        'welsh-translation-required',
        'The victim asked for letters in Welsh and this letter has no Welsh translation yet. Ask the Welsh Language Unit for a translation; an English letter is not sent instead.',
      )
    : new LetterCannotBeWritten('unknown-letter-stage', `There is no letter for the stage "${stage}".`);
}
