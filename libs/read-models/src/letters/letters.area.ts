import { ReadModelArea } from '../read-model-area';
import { LetterRow, LetterSentenceRow, LetterVictimRow } from './letters.entities';
import { LettersProjection } from './letters.projection';
import { CreateLetters1763907100000 } from './migrations/1763907100000-create-letters';
import { LettersSending1765600000000 } from './migrations/1765600000000-letters-sending';

/** Letters and their workflow: drafts, the managers' review queue, approved letters for printing (docs/letters.md). */
export const LETTERS_AREA: ReadModelArea = {
  name: 'letters',
  entities: [LetterRow, LetterVictimRow, LetterSentenceRow],
  migrations: [CreateLetters1763907100000, LettersSending1765600000000],
  projections: (deps) => [new LettersProjection(deps.dataKeys)],
};
