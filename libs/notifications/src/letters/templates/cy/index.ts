import { LetterStage } from '../../letter-stage';
import { LetterTemplate } from '../letter-template';
import { CUSTODY_TEMPLATES_CY } from './custody.cy';
import { HOSPITAL_TEMPLATES_CY } from './hospital.cy';
import { PAROLE_TEMPLATES_CY } from './parole.cy';
import { SCHEME_TEMPLATES_CY } from './scheme.cy';
import { SENTENCE_TEMPLATES_CY } from './sentence.cy';

/**
 * Welsh letters: one for every stage, the same meaning as the English one, in plain Welsh (the type insists on every
 * stage, and a unit test compares the two). Written for this service; like the English texts, they are reviewed
 * before go-live — the Welsh ones by the Welsh Language Unit (docs/letters.md).
 */
export const TEMPLATES_CY: { readonly [S in LetterStage]: LetterTemplate } = {
  ...SCHEME_TEMPLATES_CY,
  ...PAROLE_TEMPLATES_CY,
  ...CUSTODY_TEMPLATES_CY,
  ...HOSPITAL_TEMPLATES_CY,
  ...SENTENCE_TEMPLATES_CY,
};
