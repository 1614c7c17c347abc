import { LetterLanguage, LetterStage } from '../letter-stage';
import { TEMPLATES_CY } from './cy';
import { CUSTODY_TEMPLATES_EN } from './en/custody.en';
import { HOSPITAL_TEMPLATES_EN } from './en/hospital.en';
import { PAROLE_TEMPLATES_EN } from './en/parole.en';
import { SCHEME_TEMPLATES_EN } from './en/scheme.en';
import { SENTENCE_TEMPLATES_EN } from './en/sentence.en';
import { LetterTemplate } from './letter-template';

/** English: one template for every stage (the type insists on it). */
export const TEMPLATES_EN: { readonly [S in LetterStage]: LetterTemplate } = {
  ...SCHEME_TEMPLATES_EN,
  ...PAROLE_TEMPLATES_EN,
  ...CUSTODY_TEMPLATES_EN,
  ...HOSPITAL_TEMPLATES_EN,
  ...SENTENCE_TEMPLATES_EN,
};

/** Templates per language: every stage in English and in Welsh (the type insists; a unit test compares them). */
export const LETTER_TEMPLATES: { readonly [L in LetterLanguage]: { readonly [S in LetterStage]: LetterTemplate } } = {
  en: TEMPLATES_EN,
  cy: TEMPLATES_CY,
};

export * from './letter-template';
