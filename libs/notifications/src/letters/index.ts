export * from './letter-stage';
export * from './letter-errors';
export * from './where-held';
export * from './render-letter';
export * from './letter-pdf';
export { LETTER_TEMPLATES, TEMPLATES_EN } from './templates';
export type { LetterFacts, LetterTemplate, MilestoneFact, TemplateContext } from './templates';
