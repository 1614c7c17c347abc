import { LetterStage } from '../../letter-stage';
import { LetterTemplate } from '../letter-template';

/**
 * Welsh letters: none yet. A Welsh letter must be a real translation by the Welsh Language Unit, not a placeholder,
 * and the PDF needs an embedded font with ŵ and ŷ (the standard Helvetica's WinAnsi encoding has neither). Until a
 * stage is translated here, a Welsh letter for it is refused (`welsh-translation-required`, HTTP 422), so nothing
 * half-translated can be approved or sent. Add a stage by giving the same shape as the English one.
 */
export const TEMPLATES_CY: { readonly [S in LetterStage]?: LetterTemplate } = {};
