/**
 * Letters follow the VLO workflow (docs/DOMAIN-RULES.md "How the VLO works", seed 003): draft → manager review →
 * approved → sent; a returned letter goes back to its author with comments; editing after approval returns
 * it to draft.
 */
export type LetterStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'sent';

/** The letter's words and address block are personal data; so is its language (it can reveal ethnicity). */
export interface LetterPersonal {
  readonly body: string;
  /** The address as printed, one line per line. */
  readonly addressBlock: string;
  /** BCP 47 language tag, e.g. "en", "cy". */
  readonly language: string;
}

export const LETTER_BODY_MAX = 20_000;
export const LETTER_ADDRESS_MAX = 1_000;
export const LETTER_COMMENTS_MAX = 10_000;
